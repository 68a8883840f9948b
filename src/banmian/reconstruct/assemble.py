"""Article assembly: reflowed units → articles with their headlines, bylines and body.

The page reads as runs of paragraphs separated by heading groups (consecutive heading lines,
bylines, name lines).  A heading group is either a subhead inside one article, or the boundary
between two articles, its first k lines the *previous* article's headline (print often places
the headline block after the body in extraction order) and the rest the *next* article's.
A small dynamic programme picks, for every group, the reading that scores best overall:

* lexical fit — how many of a headline's character bigrams occur in the body it heads;
* form — subheads are short, one or two lines, and come in parallel sets; bylines open an
  article and trailing name lines close one; a dateline paragraph (``本报讯``) opens one;
* every article wants exactly one title; a boundary costs a little, an untitled article more.

On text without font sizes, fitted models (``group_model.py``, boosted trees) score the subhead
reading of a group, where in a group a boundary falls, which of two headline boxes is the title and,
without blank lines, where a headline box starts.
"""

from __future__ import annotations

import bisect
import math
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain

import rjieba

from banmian.model import Article, Block, Line, Page, Region
from banmian.reconstruct import group_model as M
from banmian.reconstruct import patterns as P
from banmian.reconstruct.forest import compile_forest
from banmian.reconstruct.group_model import BOX_FEATURES, GROUP_FEATURES, SPLIT_FEATURES
from banmian.reconstruct.reflow import (
    _DANGLING,
    DATE_LINES,
    PLine,
    Unit,
    _contact_line,
    _credit_line,
    _crosses,
    _unbalanced,
    _unit_goes_on,
    crosses_dictionary_word,
    crosses_word,
    reflow,
)
from banmian.reconstruct.textutil import _JOIN_CUES, clean_inline, ends_sentence, join_lines

NEG = float("-inf")
_group_logit = compile_forest("group_logit", M.GROUP_BASE, M.GROUP_TREES, len(GROUP_FEATURES))
_split_trees_logit = compile_forest("split_logit", M.SPLIT_BASE, M.SPLIT_TREES, len(SPLIT_FEATURES))
_box_logit = compile_forest("box_logit", M.BOX_BASE, M.BOX_TREES, len(BOX_FEATURES))

# weights of the scoring (tuned on generated pages; see docs/evaluation.md)
W_LEX = 3.5
# a boundary costs 1.0 (it was searched to 0.5 on the 2019 pages the models were fitted on, where they are surer of
# their boundaries than on pages of unseen articles; on the 2020 check pages the parser cut 167 articles in two
# against 69 it ran together, on 500 pdfminer pages): -1.0 gains +0.18 point on the four check sets' 18-figure
# means, 95 % interval +0.04 to +0.33, B-cubed +0.14 (bench/paired.py); -1.5 +0.13, -2.0 +0.07, 0.0 -0.29
BOUNDARY = -1.0
# an article with no title (but the page's first) costs 1.0, as a boundary does (0.5 searched on the 2019 pages the
# models were fitted on; on the 2020 check pages, after the boundary's cost: -1.0 titles +0.17 point, 18-figure means
# +0.06, 95 % interval +0.03 to +0.10; -1.5 and -2.0 +0.06, 0.0 -0.06 — bench/paired.py)
UNTITLED = -1.0
# … and the page's first article nearly as much (it was half that: a page may open on the end of an article from another
# page, but such an end carries its marker, （上接第X版）; a page opening on a report whose headline is printed under it
# lost that headline to the next report, and every headline after it moved one report down): on the development
# folders 3 pages change, all better, mean of nine +0.01 (+0.00 … +0.03); on the check folders 6, all better, titles
# +0.11 (+0.02 … +0.22), mean of nine +0.03 (+0.00 … +0.06).  At -1.0 the same pages change, but a column's name
# between two headlines (…旅游市场稳步回暖 / 人民时评 / 有序恢复…) went under the first as its subtitle; -0.75: 2 and 3
# better; -1.5: 4 better, 4 worse on the development folders
UNTITLED_FIRST = -0.875
BEFORE_PRIOR = -0.5
TWO_TITLES = -3.0
SUB_PREV = 2.0
PARALLEL_W = 1.5  # per other subhead candidate of like shape on the page
PARALLEL_CAP = 3.0
SET_SURE = 3.0  # the subhead model's score (log-odds x 2) past which a set does not overrule it
WIDE_SET = 6  # alike subhead candidates on a page from which a set is decided whatever their width
SET_WIDTH = 12.0  # subheads decided as a set are short: 4+4 cells, 6+6 at most
COLUMN_CHARS = 6
BOX_RATIO = 0.1  # lines of one headline differ in width by less than this share
NO_START_CUE = -0.5  # an article opening with neither byline nor dateline
START_CUE = 0.5  # … and one opening with a byline or a dateline
VIRTUAL_SUB = -0.75  # a dateline inside a run: an article opens there only with more evidence than the dateline
VIRTUAL_SUB_CLOSED = -3.5  # … under text that closes an article (（作者为…）, X摄影报道, 制图：X): the next one opens
VIRTUAL_SUB_SIZED = -2.5  # … on a page with font sizes (the geometry rules were built with this value)
# a heading group over a pull quote said again below it (``_learned_sub_score``): rather a commentary's headline (民生观 /
# 致敬，平凡的英雄 / 防控疫情，许许多多的普通人，都在尽着自己的本分) than a section's subhead; not a deputy's section
# (两手抓两手硬 / 陈求发代表（辽宁省委书记）, whose summary opens it)
SUB_OVER_PULL_QUOTE = -2.0
# a heading group whose headline reading would end a box on ， or 、 (``_box_ends_on_a_pause``): rather a subhead (on
# the ten development folders 2 pages better at +2, 4 at +5 and at +20, none worse)
SUB_BOX_ENDS_ON_A_PAUSE = 5.0
# … at a pull quote said again below it (``_pull_quote_at``): a commentary's quote over its body opens the article (in
# 人民日报 2019–2020 such a quote is a record's first paragraph 440 times, a later one's 583): the cut needs more
# evidence, a change of column's width (``VIRTUAL_COLUMN_CHANGE``) or a headline printed after the body that takes it
PULL_QUOTE_SUB = 2.0
VIRTUAL_SENTENCE_END = -1.0  # … under a paragraph that ends its sentence (``_decide``)
SUB_BEFORE_DATELINE = -3.0  # a subhead right above 本报X月X日电: rather a new article's headline
SUB_AFTER_CLOSING = -3.0  # a subhead under （本报…电） or （作者为…）, which close an article
# the body's column changes width across a heading group (by COLUMN_CHANGE cells or more): an article's columns
# share one width, so rather a boundary (text path; real extractions jitter a cell, so not below 2)
COLUMN_CHANGE = 2.0
SUB_COLUMN_CHANGE = -6.0
VIRTUAL_COLUMN_CHANGE = -3.0  # … and at a dateline inside a run
# … and by how much the text either side of it shares words (``_sections_alike``: on generated pages the median
# is 0.08 between sections of one article, 0.03 between two articles): the reports of one meeting go on
VIRTUAL_ALIKE = 15.0
VIRTUAL_ALIKE_MID = 0.05
# on the text path, the subhead reading scores the model's log-odds (``_learned_sub_score``) this way
SUB_LR_SCALE = 2.0
SUB_LR_BIAS = 0.0
SPLIT_W = 0.5  # … and where a boundary falls in its group, the split model's log-odds times this
# with font sizes, a subhead's shape (``_sub_score``)
SUB_BASE = 1.0
SUB_BYLINE = -1.5  # with a section byline below it
SUB_LARGE = -3.0  # set larger than the body
SUB_BOLD = 2.0  # bold at body size
SUB_COLON = -1.5  # X：Y or ——Y: a headline's shapes
SUB_INDENTED = -3.0
SUB_TWO_BOXES = -1.0
# a headline block's shape (``_head_score``)
HEAD_BYLINE_INSIDE = -3.0  # a byline with more headline after it, printed after the body
HEAD_NAMES_BEFORE = -3.0  # reporters' names over a body: they close the article above
HEAD_REPEATS = -5.0
HEAD_DASH_COLUMN = -2.0
HEAD_PAST_LEAD_IN = -3.0  # more headline under a kicker's title (X强调 / title / Y) that is no attendance list
HEAD_NO_BODY = -2.0
COLUMN_LAST = -0.5
BANNER_LAST = -5.0


def _name_goes_on(below: str) -> bool:
    """A name whose headline goes on in the line under it (郭锡权 / 同志逝世, 胡春华 / 强调…): the name opens a
    headline, it closes no article.  (Not a word across the break: a name's last character and the next
    line's first make one by chance, 曹倩华 / 夏商王朝…)"""
    return _NAME_GOES_ON.match(below) is not None


# what follows a leader's or the deceased's name in a headline: 同志逝世, 强调, 会见
_NAME_GOES_ON = re.compile(r"(?:同志|强调|表示|指出|会见|会谈|出席|主持)")


def _verb_broken_off(line: str, below: str) -> bool:
    """A 'name' whose last character opens a headline's verb, the verb's rest opening the line under it
    (``宋涛会`` / ``见塞尔维亚客人``, ``沈阳鼓`` / ``励企业开展线上培训``): a large title's first line broken off
    (raw text), not a reporter's name (a name's last character makes a word with the next line's first by chance,
    谢月宜 / 黄河畔…, 10 pages of the raw development folders, 7 of them worse for it — but seldom a headline's
    verb)."""
    return _HEADLINE_VERB.match(line.strip()[-1:] + below.strip()) is not None


_HEADLINE_VERB = re.compile(
    r"(?:会见|会谈|要求|鼓励|推动|启动|举办|召开|发布|印发|部署|开展|加快|推进|出台|出席|主持|强调|指出)"
)


def _is_banner(u: Unit) -> bool:
    """A column banner (栏目, ``敢闯敢干 唯实争先``): a short heading line the extractor shows offset."""
    return u.kind == "heading" and len(u.lines) == 1 and u.lines[0].indented and u.lines[0].width <= 14


_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def _pairs(s: str) -> Iterable[int]:
    """Adjacent pairs of a CJK-only string, each as one int (the two UTF-16 code units side by side).

    Why: a tuple of two fresh one-character strings per pair made bigram sets the parser's hottest spot;
    the ints come straight out of C and hash at once.  Every kept character is in the BMP (U+3400–U+9FFF),
    so a pair is one 32-bit word and the mapping is one-to-one: set sizes and overlaps are unchanged.
    """
    n = len(s)
    if n < 2:
        return ()
    m = memoryview(s.encode("utf-16-le"))
    return chain(m[: n // 2 * 4].cast("I"), m[2 : 2 + (n - 1) // 2 * 4].cast("I"))  # pairs at even, odd starts


def _pair(a: str, b: str) -> int:
    """``_pairs(a + b)``'s one pair, without its views (the same four bytes read in the same byte order)."""
    return int.from_bytes((a + b).encode("utf-16-le"), sys.byteorder)


def _cjk_only(s: str) -> str:
    return "".join(_CJK_RUN.findall(s))  # = re.sub(r"[^\u3400-\u9fff]+", "", s), and faster


@lru_cache(maxsize=4096)
def _bigrams(s: str) -> frozenset[int]:
    return frozenset(_pairs(_cjk_only(s)))


def bigrams(s: str) -> frozenset[int]:
    """Character bigrams of the CJK text: the lexical fingerprint headlines and bodies are compared by
    (only the sizes of sets and their overlaps are read; each bigram is an int, see ``_pairs``)."""
    if len(s) < 200:
        return _bigrams(s)
    return frozenset(_pairs(_cjk_only(s)))


def _overlap(head: str, body: frozenset[int]) -> float:
    hb = bigrams(head)
    if not hb:
        return 0.0
    return len(hb & body) / len(hb)


@dataclass
class Group:
    """A heading group between two runs of paragraphs (empty for a virtual dateline boundary)."""

    units: list[Unit]
    virtual: bool = False
    pull_quote: bool = False  # (virtual) a pull quote said again below it opens the run after it
    # why: the models' scores of a group depend on the page, never on the programme's state or pass, and
    # ``_decide`` runs several times a page: each is computed once (keys: "sub", and (k, "split"), (k, "after"),
    # (k, "before") for a cut scored against the runs beside the group); so are the headline scores, as the
    # weights stay the same while a page is read
    scores: dict = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Run:
    units: list[Unit] = field(default_factory=list)  # paragraphs, with markers/captions kept in place
    _bg: frozenset[int] | None = None
    # why: the DP asks these of every run many times; cached for as many units as they were made from
    # (a run's units are only appended to, while ``_sequence`` builds it).  (Set by ``__init__``, never passed:
    # a class compiled by mypyc gives an ``init=False`` field no default)
    _paras: tuple[int, list[Unit]] | None = field(default=None, repr=False, compare=False)
    _ends: tuple[int, bool, bool] | None = field(default=None, repr=False, compare=False)
    _edges: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _text: tuple[int, str] | None = field(default=None, repr=False, compare=False)
    # the bigrams any headline candidate on the page holds (``_asked_bigrams``), when known: ``bg`` keeps only
    # these (why: a run's whole set cost more to build than all the questions asked of it)
    asked: frozenset[int] | None = field(default=None, repr=False, compare=False)

    @property
    def paragraphs(self) -> list[Unit]:
        c = self._paras
        if c is None or c[0] != len(self.units):
            c = self._paras = (len(self.units), [u for u in self.units if u.kind == "paragraph"])
        return c[1]

    def bg(self) -> frozenset[int]:
        """The run's bigrams; only ever intersected with a headline candidate's (so, with ``asked`` set,
        only those bigrams are kept: every such intersection is the same)."""
        if self._bg is None:
            text = "".join([u.text for u in self.paragraphs])
            # the run's opening and closing words are what a headline before or after it echoes
            pieces = [text] if len(text) <= 1600 else [text[:800], text[-800:]]
            if self.asked is None:
                self._bg = frozenset().union(*map(bigrams, pieces))
            elif len(text) <= EDGE_CHARS:
                # a short run is one edge window (``edge_bigrams``), asked of both ends: that set, built once,
                # serves all three (why: a third of runs are this short)
                self._bg = self.asked & self.edge_bigrams(False)
            elif len(text) < 2 * EDGE_CHARS and _CJK_RUN.search(text, len(text) - EDGE_CHARS, EDGE_CHARS):
                # the two edge windows cover the text and share a CJK character, so each pair of adjacent CJK
                # characters lies in one of them: their sets (asked anyway, of a run between two headings)
                # hold all the run's pairs (why: another third of runs)
                self._bg = (self.asked & self.edge_bigrams(False)) | (self.asked & self.edge_bigrams(True))
            else:
                self._bg = frozenset().union(*[self.asked.intersection(_pairs(_cjk_only(t))) for t in pieces])
        return self._bg

    def text(self) -> str:
        """The run's paragraphs' text, joined."""
        c = self._text
        if c is None or c[0] != len(self.units):
            c = self._text = (len(self.units), "".join([u.text for u in self.paragraphs]))
        return c[1]

    def edge_bigrams(self, end: bool) -> frozenset[int]:
        """Bigrams of the run's last (``end``) or first ``EDGE_CHARS`` characters of paragraph text: what the
        sections on either side of a heading group are about where they meet."""
        c = self._edges.get(end)
        if c is None or c[0] != len(self.units):
            texts, n = [], 0
            for u in reversed(self.paragraphs) if end else self.paragraphs:  # (only as many as the window needs)
                texts.append(u.text)
                n += len(u.text)
                if n >= EDGE_CHARS:
                    break
            text = "".join(reversed(texts) if end else texts)
            c = self._edges[end] = (len(self.units), bigrams(text[-EDGE_CHARS:] if end else text[:EDGE_CHARS]))
            if n <= EDGE_CHARS and len(texts) == len(self.paragraphs):
                self._edges[not end] = c  # the whole text fits the window: both ends read the same
        return c[1]

    def _end_cues(self) -> tuple[int, bool, bool]:
        c = self._ends
        if c is None or c[0] != len(self.units):
            ps = self.paragraphs
            c = self._ends = (
                len(self.units),
                # a closing dateline or source note (数据来源：…), or （下转第X版）: the article ends here
                bool(ps)
                and bool(P.CLOSING.match(ps[-1].text) or P.SOURCE_NOTE.match(ps[-1].text) or _closed(ps))
                or self.ends_continued(),
                bool(ps) and _dated(ps[0].text),
            )
        return c

    def ends_continued(self) -> bool:
        """The run ends with （下转第X版）: the article's text on this page ends here."""
        return bool(self.units) and self.units[-1].kind == "marker" and bool(P.CONTINUES_TO.search(self.units[-1].text))

    def ends_closing(self) -> bool:
        return self._end_cues()[1]

    def starts_dateline(self) -> bool:
        return self._end_cues()[2]


def _dated(text: str) -> bool:
    """The paragraph opens with a dateline, its paper's (本报北京1月5日电) or a reprint's (据新华社北京1月5日电): it opens
    an article (in 人民日报 2019–2020, 309 of 323 paragraphs opening on 据新华社…电 are their record's first)."""
    return P.dateline_authors(text) is not None or text[:1] == "据" and P.opens_with_dateline(text)


def _sequence(units: list[Unit]) -> tuple[list[Run], list[Group]]:
    """Runs R0..Rn and groups G1..Gn, alternating; a dateline paragraph inside a run starts a virtual group."""
    runs: list[Run] = [Run()]
    groups: list[Group] = []
    # text with no blank lines (pdftotext -raw) cannot set a name apart from what follows it
    no_blanks = sum(u.blank_before for u in units[1:]) <= 0.02 * len(units)
    attribution_end = -1  # the last line of an attribution (——编 / 者, its padding broken)
    spoken_end = -1  # … of a speaker's (——X在Y上说), which a （本报记者 X整理） line may close
    told_end = -1  # … of who told the paragraphs above (…村民王自学讲述), maybe broken over two lines
    for i, u in enumerate(units):
        if i <= told_end:
            continue
        if i <= attribution_end:
            runs[-1].units.append(u)
            continue
        if (end := _told_by_end(units, i)) >= 0:
            # …村民王自学讲述 / 本报记者 X整理 under paragraphs: who told them, closing a section told in the first person
            # (人民日报 2019–2020: 27 paragraphs are such a line, none a record's first; no kicker, title or subtitle ends
            # on 讲述), one paragraph of the body, never the headline of the next section
            runs[-1].units.append(Unit("paragraph", [ln for v in units[i : end + 1] for ln in v.lines], u.blank_before))
            told_end = end
            continue
        if i == spoken_end + 1 and u.kind in ("heading", "paragraph") and _TOLD_TO_LINE.match(u.text):
            u.kind = "paragraph"  # (without blank lines, a heading line)
            runs[-1].units.append(u)
            continue
        if u.kind == "heading" and runs[-1].paragraphs and P.is_single_name(u.text) and not u.lines[0].indented:
            # (set off by the extractor's leading space, a name over a headline is a column's: 钟声, 任仲平, pen
            # names of commentary series)
            nxt = units[i + 1] if i + 1 < len(units) else None
            if (
                nxt is None
                or nxt.blank_before
                or _dated(nxt.text)
                # there, a name under the body with a headline below it closes the article (a name heading a
                # section has its paragraphs right under it)
                or no_blanks
                and not _name_goes_on(nxt.text)
                and not _verb_broken_off(u.text, nxt.text)
                and (
                    nxt.kind != "paragraph"
                    # … and so, without them, does one under a finished paragraph (in pdftotext -raw text of
                    # 人民日报 pages, 260 of 284 such names close the article; 12 head a profile, ●-items under them)
                    or runs[-1].units[-1].kind == "paragraph"
                    # (or closed by its dateline or credits: （本报大马士革、安卡拉2月20日电）)
                    and (ends_sentence(runs[-1].units[-1].text) or P.closes_article(runs[-1].units[-1].text))
                    and not nxt.text.startswith("●")
                )
            ):
                u.kind = "names"  # a reporter's name closing the article above
        if u.kind == "heading" and runs[-1].paragraphs and not u.lines[0].heading_size and u.text[:1] == "—":
            end = _attribution_end(units, i)
            if end >= 0:
                # ——习近平 / ——编者 / ——@网友: who said the quotation or wrote the note above; in 人民日报 a body
                # line 257 times, a subtitle once (——元旦献词): the article goes on, no headline starts here
                runs[-1].units.append(u)
                attribution_end = end
                if _SPOKEN.match("".join([v.text for v in units[i : end + 1]])) is not None:
                    spoken_end = end
                continue
        if (
            u.kind == "heading"
            and not u.lines[0].heading_size
            and P.BODY_LABEL.match(u.text.strip())
            # ■记者手记 closes a body (the reporter's notes after the report): a heading like any subhead; so do
            # ■点评 and 延伸阅读 (a section closing the article, not the opening of the next)
            and not P.NOTES_LABEL.match(u.text.strip())
            and not P.TAIL_LABEL.match(u.text.strip())
        ):
            # (set larger than the body, 链接 is a column name over the next article's headline)
            # 核心阅读 opens the body below a headline: it stays with the paragraphs it introduces, and
            # met inside a run of paragraphs it starts the next article (whose headline is printed after).
            # With geometry headlines come before their bodies: a label set in brackets inside a run
            # (【点评】 after 【故事】) is a subhead of the article it is in, as any other heading line.
            if runs[-1].paragraphs and u.lines[0].src.bbox is not None and u.text.strip().startswith("【"):
                pass
            elif runs[-1].paragraphs:
                groups.append(Group([], virtual=True))
                runs.append(Run())
            runs[-1].units.append(u)
            continue
        if u.kind == "byline" and runs[-1].paragraphs and _TOLD_TO_BYLINE.search(u.text):
            # 本报记者 X整理 right under paragraphs: the credit closing what was told above it (a record's last
            # paragraph 21 times in 人民日报, never its first), not the byline of an article below
            u.kind = "paragraph"
            runs[-1].units.append(u)
            continue
        if u.kind in ("heading", "byline", "names"):
            if groups and not runs[-1].units and not groups[-1].virtual:
                groups[-1].units.append(u)
            else:
                groups.append(Group([u]))
                runs.append(Run())
        else:
            if (
                u.kind == "paragraph"
                and runs[-1].paragraphs
                and (
                    _dated(u.text)
                    or _closed(runs[-1].paragraphs)
                    and not P.CREDIT_LABEL.match(u.text)
                    # （作者为…） / （本报记者 X采访整理）: who wrote it, then who took it down; both close the body
                    and not _TOLD_TO_LINE.match(u.text)
                    and not _contact_line(u.text)
                    and not P.TAIL_LABEL.match(u.text.strip())  # (■点评 read as a line of text: the section goes on)
                    # ——X在Y上说 / （本报记者 X整理）: the speaker's column closes there, 27 times of 27 in 人民日报
                    # (a team's credit closes its report: the paragraph under it opens the next article, whose
                    # headline is printed after its body)
                    or runs[-1].units[-1].kind == "paragraph"
                    and _TEAM_CREDIT.match(runs[-1].units[-1].text) is not None
                    and not P.CREDIT_LABEL.match(u.text)  # (本期统筹：X, 版式设计：X: the credits go on)
                    or spoken_end == i - 2
                    and runs[-1].units[-1].kind == "paragraph"
                    and _TOLD_TO_LINE.match(runs[-1].units[-1].text) is not None
                )
            ):
                # 本报北京1月31日电 opens an article; （本报阿布贾2月10日电） closed the one before
                groups.append(Group([], virtual=True))
                runs.append(Run())
            elif u.kind == "paragraph" and runs[-1].paragraphs and _pull_quote_at(units, i):
                groups.append(Group([], virtual=True, pull_quote=True))
                runs.append(Run())
            runs[-1].units.append(u)
    return runs, groups


PULL_QUOTE_ECHO = 15  # characters of a pull quote's opening said again in the body below it
PULL_QUOTE_REACH = 25  # … within this many units


def _pull_quote_at(units: list[Unit], i: int) -> bool:
    """Unit ``i`` is a pull quote over a commentary's body, under a paragraph that ends its sentence: a clause of
    up to 80 characters ending on no sentence mark (唯有集中力量办大事、走好全国一盘棋，…才能打赢这场没有硝烟的战争),
    its opening said again in a paragraph below, not the next one (a quote echoed at once is a section's lead-in, mid-
    article), and not a quotation (“…”: a speaker's words quoted mid-report; on six development folders none of 112
    opens an article), nor a line in brackets (（作者为…）, （本报…电）), nor one holding a figure (实施10年禁捕…, 10次通过
    中国人大网公开征求意见…: a report's quote of its facts, mid-article)."""
    if not ends_sentence(units[i - 1].text):
        return False
    return _said_again_below(units[i].text, units[i + 1 : i + 1 + PULL_QUOTE_REACH])


def _said_again_below(quote: str, below: list[Unit]) -> bool:
    """``quote`` is shaped as a pull quote and a paragraph of ``below`` says its opening again, the first not."""
    q = "".join(quote.split())
    if len(q) > 80 or ends_sentence(q) or q[:1] in '“"（(' or _DIGIT.search(q):
        return False
    key = q[:PULL_QUOTE_ECHO]
    paras = [v for v in below if v.kind == "paragraph"]
    return any(key in "".join(v.text.split()) for v in paras[1:]) and key not in "".join(paras[0].text.split())


def _attribution_end(units: list[Unit], i: int) -> int:
    """The last unit of an attribution opening at heading ``i`` (``——习近平``, ``——编 / 者``, a speaker's
    ``——X在Y上说`` or ``——X书记Y`` over up to three lines), or -1."""
    u = units[i]
    if _ATTRIBUTION.match(u.text) is not None:
        return i
    text, end = u.text, -1
    if _SPOKEN.match(text) is not None or _titled_speaker(text):
        end = i
    for j in range(i + 1, min(i + 4, len(units))):
        v = units[j]
        if v.kind != "heading" or v.blank_before:
            break
        text += v.text
        if j == i + 1 and len(v.text.strip()) == 1 and _ATTRIBUTION.match(text) is not None:
            return j
        if _SPOKEN.match(text) is not None or _titled_speaker(text):
            end = j  # (the longest: ——…书记王清 / 宪近日在…上说)
    return end


FEW_LINES = 16  # (a headline group's lines: every pair asked, the cheapest way for a few)


def _asked_bigrams(groups: list[Group]) -> frozenset[int]:
    """Every bigram a headline candidate can hold.  A candidate (a title block, a subhead) joins some of
    one group's lines in order, so its bigrams are those of the lines and those across two of them."""
    out: set[int] = set()
    for g in groups:
        cjk = [c for u in g.units if (c := _cjk_only(u.text))]
        for c in cjk:
            out |= _bigrams(c)
        if len(cjk) <= FEW_LINES:
            for k, c in enumerate(cjk):
                for d in cjk[k + 1 :]:
                    out.add(_pair(c[-1], d[0]))
            continue
        # each first character paired once with each distinct last character above it (a group of thousands of
        # one-character lines, as vertical text extracts, asked every two lines of it: seconds, quadratic)
        lasts: list[str] = []
        seen: set[str] = set()
        paired: dict[str, int] = {}  # first character -> how many of ``lasts`` it is paired with
        for c in cjk:
            first = c[0]
            for last in lasts[paired.get(first, 0) :]:
                out.add(_pair(last, first))
            paired[first] = len(lasts)
            if c[-1] not in seen:
                seen.add(c[-1])
                lasts.append(c[-1])
    return frozenset(out)


def _closed(paragraphs: list[Unit]) -> bool:
    """The run ends with a closing dateline (``（本报阿布贾2月10日电）``), maybe followed by credits (制图：…)."""
    for u in reversed(paragraphs):
        # (each pattern asked only of a paragraph opening on one of its first characters: most do not)
        first = u.lines[0].first_char
        if not (first in P.CREDIT_LABEL_FIRST and P.CREDIT_LABEL.match(u.text)):
            if first in "（(":
                return P.CLOSING.match(u.text) is not None
            return "@" in u.text and P.EMAIL_CONTACT.match(u.text) is not None
    return False


def _ends_closed(run: Run) -> bool:
    """The run's text closes its article: a closing dateline or author note, a credit (X摄影报道, 制图：X), a
    source note, （下转第X版）."""
    ps = run.paragraphs
    return bool(ps) and (run.ends_closing() or _closed(ps) or P.CLOSING_CREDIT.search(ps[-1].text) is not None)


# 一 / 二 / 三 alone on a line: a section's number, never a headline (a diary's days, a story's parts; in 人民日报 82
# paragraphs, no kicker, title or subtitle)
_SECTION_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*$")


def _is_title_line(u: Unit) -> bool:
    return u.kind == "heading" and not _is_banner(u) and not _section_number(u) and not _profile_label(u.text)


_BRACKET_LABEL = re.compile(r"\s*【[^【】]{1,12}】\s*$")
_BRACKET_OPENS = re.compile(r"\s*【[^【】]{1,12}】\s*\S")  # (a label and the text it opens: 【人物】张三)


def _profile_label(t: str) -> bool:
    """追梦人：韩 飞, a label and a person's name: the opening of a profile (or a credit, 制图：张丹峰), never a headline
    (人民日报 2019–2020: 499 paragraphs are a label and a name, no kicker, title or subtitle is)."""
    m = _LABEL_NAME.match(t.strip())
    return m is not None and m.group(1) in P.SURNAMES


_LABEL_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]\s*([\u4e00-\u9fff])(?:\s{0,2}[\u4e00-\u9fff]){1,2}$")


def _section_number(u: Unit) -> bool:
    """一 / 二 alone, a box of its own (not 十二 ending 闫文港排名第 / 十二: a title broken before its number; where no
    blank line sets boxes apart, a number of one character)."""
    t = u.text
    return len(t) <= 5 and (u.blank_before or len(t.strip()) == 1) and _SECTION_NUMBER.match(t) is not None


# (nor is a date alone, 2020年1月22日, a diary's day under its number: 58 paragraphs, no headline)
_BARE_DATE = re.compile(
    r"\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日\s*$"
)


def _sub_score(g: Group, parallel: float, body_size: float | None, prev_run: Run) -> float:
    us = g.units
    # a section of a compilation (新春走基层…): a subhead with the section's own byline below it
    n_by = 0
    while us and us[-1].kind in ("byline", "names") and n_by < 2:
        us, n_by = us[:-1], n_by + 1
    if g.virtual or not us or len(us) > 2 or any(u.kind != "heading" for u in us):
        return NEG
    s = SUB_BASE + SUB_BYLINE * bool(n_by)
    for u in us:
        ln = u.lines[0]
        if ln.wide() or ln.width > 22:
            return NEG
        if ln.heading_size and body_size and ln.src.size and ln.src.size > body_size * 1.15:
            s += SUB_LARGE
        if ln.bold and not ln.heading_size:
            s += SUB_BOLD
        if "：" in ln.text[1:-1] or ln.text.startswith("——"):
            s += SUB_COLON
        if ln.indented:
            s += SUB_INDENTED  # offset lines are banners and bylines
    if len(us) == 2 and us[1].blank_before:
        s += SUB_TWO_BOXES  # two boxes: rather a kicker and a title
    s += parallel
    # a subhead's words also belong to the section before it (same article); a new title's do not
    s += SUB_PREV * _overlap("".join(u.text for u in us), prev_run.bg())
    return s


# a news report opens on when, or on where the reporter learnt it (近日，… / 10月23日，… / 记者从…获悉); a
# section under a subhead rarely does (on generated pages: 59 % of articles, 14 % of sections)
_NEWS_LEAD = re.compile(
    r"\s*(?:近日|日前|今年|去年|今天|昨天|近年来|本报|新华社|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年"
    r"|.{0,12}?记者.{0,10}?(?:获悉|了解到|从))"
)


def _lead_ins_only(part: list[Unit]) -> bool:
    """Every heading box of ``part`` (heading lines a blank line sets apart) ends on ——."""
    boxes: list[str] = []
    for u in part:
        if u.kind != "heading":
            continue
        if not boxes or u.blank_before:
            boxes.append("")
        boxes[-1] += u.text.strip()
    return bool(boxes) and all(b.endswith("——") for b in boxes)


_BULLETS = frozenset("●■◆▲")
_TAG_LINE = re.compile(r"[（(][^（）()]{2,40}[）)]$")
_DATED = re.compile(r"[年月日]|通过")


def _tag_opens(heads: list[Unit], i: int) -> bool:
    """Does a column's tag in brackets open at heading line ``i``, whole on it or broken over three lines at most
    (（患难见真情 共同抗疫 / 情）)?  Not a date in brackets (a document's subtitle)."""
    if heads[i].text.lstrip()[:1] not in ("（", "("):
        return False
    joined = ""
    for u in heads[i : i + 3]:
        joined += u.text.strip()
        if joined.endswith(("）", ")")):
            return _TAG_LINE.match(joined) is not None and _DATED.search(joined) is None
    return False


_TOLD_TO = re.compile(r"整理[）)]$")
_TOLD_TO_LINE = re.compile(r"\s*[（(][^（）()]{2,40}整理[）)]\s*$")
_TOLD_TO_BYLINE = re.compile(r"整理\s*$")
# (浙江慈溪市横河镇龙南村杨梅种植户茅春苗讲述: a place, a role and a name, 15 characters or more before 讲述 in the
# records; not a headline's line broken after the word, ——解放军和武警部队代表讲述 / 习近平主席关心基层建设的故事)
_TOLD_BY = re.compile(r"[^，。！？；：—]{8,40}讲述")


def _told_by_end(units: list[Unit], i: int) -> int:
    """The last of the lines from ``units[i]`` (one to three: the reflow reads such a line as a heading and may break
    it) that say who told the text above them (``_TOLD_BY``); -1 if they do not."""
    for j in (i, i + 1, i + 2):
        if j >= len(units):
            return -1
        # (the line's end asked first: most units are paragraphs ending on a stop)
        if units[j].text.rstrip().endswith("讲述") and _TOLD_BY.fullmatch(
            "".join([v.text for v in units[i : j + 1]]).replace(" ", "")
        ):
            return j
    return -1


_SPEAKER = re.compile(r"(?:代表|委员)[：:—]*$")
_EDITOR = re.compile(r"——\s*编\s*者")
_ATTRIBUTION = re.compile(r"\s*——\s*(?:编\s*者|@\S{1,20}|[\u3400-\u9fff·]{2,5})\s*$")
# … or who spoke the column's text above, and where (——江苏省委书记娄勤俭在省委十三届七次全会上说): in 人民日报
# a body line 26 times (21 of them right above （本报记者 X整理）), a subtitle never
_SPOKEN = re.compile(r"\s*——[^。！？；：]{4,80}?(?:说|表示|指出|强调)\s*$")
# … or by office and name (——江苏省太仓市纪委书记、市监委主任杨 庆, and with a space before the name, 主任 杨 庆): in
# 人民日报 a body line 16 times, no subtitle
# (——访…, ——追记… name a person too: a subtitle's)
_TITLED_SPEAKER = re.compile(
    r"\s*——(?!访|专访|追记|记|走近|对话|写在|追忆|缅怀)[^。！？；：，“”]{2,40}"
    r"(?:书记|主任|局长|部长|院长|校长|主席|总裁|董事长|经理|教授|研究员|所长|厅长|市长|县长|镇长|村长|队长|会长|医生)"
    r"[\s\u3000]*([\u4e00-\u9fff·][\u4e00-\u9fff·\s\u3000]{1,6})$"
)


def _titled_speaker(text: str) -> bool:
    m = _TITLED_SPEAKER.match(text)
    return m is not None and m.group(1)[0] in P.SURNAMES and len(m.group(1).replace(" ", "").replace("\u3000", "")) <= 4


# cutting an article with a headline before and after its body in two: the cut's score falls by this times
# the share of word pairs the text either side of it holds in common (tuned on the generated check sets)
CUT_COHESION = 4.0
# the score of cutting a body between two headlines over its first paragraph, all of it going to the headline printed
# after it, where a lone heading line stands over it (see ``_split_double_titles``)
LONE_HEAD_CUT = -0.5
EDGE_CHARS = 400  # how much of a section's text ``_sections_alike`` compares (a wider window blurs the topic)
# two phrases set apart by spaces: ``[\u3400-\u9fff”》] +[\u3400-\u9fff“《]``, only ever searched for, written to
# open on the space (why: a pattern opening on a literal is searched for it quickly; most lines hold no space)
_PHRASES = re.compile(r" (?<=[\u3400-\u9fff”》] ) *[\u3400-\u9fff“《]")


def group_features(runs: list[Run], groups: list[Group], gi: int, n_alike: int, blanks: bool) -> list[float]:
    """What the subhead-or-boundary model reads of heading group ``gi`` (see ``group_model.GROUP_FEATURES``)."""
    g, prev_run, next_run = groups[gi], runs[gi], runs[gi + 1]
    heads = [u for u in g.units if u.kind == "heading"]
    tail = [u for u in g.units if u.kind in ("byline", "names")]
    lines = [ln for u in heads for ln in u.lines]
    widths = [ln.width for ln in lines] or [0.0]
    col = max((ln.col for ln in lines), default=0.0) or 16.0
    text = "".join(u.text for u in heads)
    n = len(heads)
    first_widths = [u.lines[0].width for u in heads]
    ps = prev_run.paragraphs
    return [
        1.0,
        n == 1,
        n == 2,
        n == 3,
        n >= 4,
        len(tail),
        sum(u.kind == "names" for u in tail),
        max(widths) / 10,
        sum(widths) / 20,
        max(widths) / col,
        any(ln.wide() for ln in lines),
        any("：" in u.text[1:-1] for u in heads),
        any(u.text.startswith("——") for u in heads),
        any(u.text.endswith(("——", "：")) for u in heads),
        any(ln.bold for ln in lines),
        any(ln.indented for ln in lines),
        _PHRASES.search(text) is not None,
        _DIGIT.search(text) is not None,
        "“" in text,
        text[-1:] in ("？", "！"),
        "，" in text,
        n >= 2 and any(u.blank_before for u in heads[1:]),
        min(3, n_alike),
        _overlap(text, prev_run.bg()) if text else 0.0,
        _overlap(text, next_run.bg()) if text else 0.0,
        next_run.starts_dateline(),
        prev_run.ends_closing(),
        math.log1p(len(ps)),
        math.log1p(len(next_run.paragraphs)),
        bool(ps) and len(ps[-1].text) < 30,
        gi / max(1, len(groups)),
        blanks,
        bool(_section_tail(g.units)),
        n == 2 and abs(first_widths[0] - first_widths[1]) <= 1,
        bool(tail) and next_run.starts_dateline(),
        next_run.ends_closing(),
        prev_run.starts_dateline(),
        _sections_alike(prev_run, next_run),
        bool(next_run.paragraphs) and _NEWS_LEAD.match(next_run.paragraphs[0].text) is not None,
        # □本报记者 X: the mark sets off an article's byline; a section's reporters print without it
        any(u.kind == "byline" and P.BYLINE_MARK.match(u.text) is not None for u in tail),
        # 声音 / 人民论坛 / 财经观 over a headline, a box apart: a column's name opens an article
        n >= 2 and heads[1].blank_before and len(heads[0].lines) == 1 and len(heads[0].text) <= 5,
        # （本报记者 X整理）: a speaker's words as told to a reporter end there; on an interview or a meeting page
        # the next speaker's section (or the next article) follows
        bool(ps) and _TOLD_TO.search(ps[-1].text) is not None,
        # 王树国代表 / 全国人大代表陈爱珠：: a deputy or member who speaks, over a section of a meeting page
        any(_SPEAKER.search(u.text) for u in heads),
        # ——编者 closes an editor's note printed under the headline: the article goes on below it
        bool(heads) and heads[0] is g.units[0] and _EDITOR.match(text) is not None,
        # ■记者手记 over its own subhead: the reporter's notes close the report above
        any(P.NOTES_LABEL.match(u.text.strip()) for u in heads),
    ]


def _sections_alike(prev_run: Run, next_run: Run) -> float:
    """How much the text before a heading group and the text after it share words (bigrams), as a share
    of the smaller set.  Two sections of one article go on about one thing; two articles that meet at a
    headline mostly do not (on generated pages the median is 0.08 against 0.03)."""
    a, b = prev_run.edge_bigrams(True), next_run.edge_bigrams(False)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _learned_sub_score(runs: list[Run], groups: list[Group], gi: int, n_alike: int, blanks: bool) -> float:
    """The subhead reading's score on the text path: the model's log-odds that the group is a subhead
    (the paragraphs on both sides belong to one article), scaled to the programme's other scores."""
    x = group_features(runs, groups, gi, n_alike, blanks)
    s = SUB_LR_SCALE * _group_logit(x) + SUB_LR_BIAS
    if _column_change(runs[gi], runs[gi + 1]) >= COLUMN_CHANGE:
        s += SUB_COLUMN_CHANGE
    if _box_ends_on_a_pause(groups[gi].units):
        s += SUB_BOX_ENDS_ON_A_PAUSE
    nxt = runs[gi + 1].units
    if (
        nxt
        and not any("代表" in u.text for u in groups[gi].units)
        and _said_again_below(nxt[0].text, nxt[1:PULL_QUOTE_REACH])
    ):
        s += SUB_OVER_PULL_QUOTE
    return s


def _box_ends_on_a_pause(units: list[Unit]) -> bool:
    """A heading line ending on ， or 、 with a blank line under it: read as a headline, a box ending so, which no kicker,
    title or subtitle of 人民日报 does (众志成城抗疫情， / blank / 平安幸福过大年 is a two-line subhead)."""
    return any(b.blank_before and a.text.endswith(("，", "、")) for a, b in zip(units, units[1:]))


def _column_change(prev_run: Run, next_run: Run) -> float:
    """How many cells the body's column width changes from the end of ``prev_run`` to the start of ``next_run``:
    the median width estimate over the lines of the last (first) two paragraphs; 0 unless those paragraphs hold
    two middle lines at least on each side (neither a paragraph's first line nor its last: lines that fill the
    column).  Where paragraphs of a line or two follow each other, the estimate reads first lines, two cells
    short, as full: on pages whose articles share one width such runs read as a change of two cells."""
    a, b = prev_run.paragraphs[-2:], next_run.paragraphs[:2]
    if not a or not b:
        return 0.0
    if sum(max(0, len(u.lines) - 2) for u in a) < 2 or sum(max(0, len(u.lines) - 2) for u in b) < 2:
        return 0.0
    above = sorted([ln.col for u in a for ln in u.lines])
    below = sorted([ln.col for u in b for ln in u.lines])
    return abs(above[len(above) // 2] - below[len(below) // 2])


def split_features(
    g: Group,
    k: int,
    prev_run: Run,
    next_run: Run,
    blanks: bool,
    prev_body: frozenset | None,
    next_body: frozenset | None,
) -> list[float]:
    """What the split model reads of a boundary after the first ``k`` lines of group ``g``: those lines close
    the article above (its headline printed after its body), the rest open the one below
    (see ``group_model.SPLIT_FEATURES``).  ``prev_body``/``next_body``: the whole articles' bigrams, when known."""
    units = g.units
    before, after = units[:k], units[k:]
    titles_b = [u for u in before if _is_title_line(u)]  # (each unit asked once: counted and joined below)
    titles_a = [u for u in after if _is_title_line(u)]
    tb = "".join([u.text for u in titles_b])  # (join reads a list without a copy)
    ta = "".join([u.text for u in titles_a])
    above = prev_body if prev_body is not None else prev_run.bg()
    below = next_body if next_body is not None else next_run.bg()
    heads_b = [u.text for u in before if u.kind == "heading"]
    heads_a = [u.text for u in after if u.kind == "heading"]
    kinds_b = [u.kind for u in before]  # (a list asked with ``in``: cheaper than generators for a few units)
    kinds_a = [u.kind for u in after]
    return [
        1.0,
        k == 0,
        k == len(units),
        bool(tb),
        bool(ta),
        len(titles_b),
        len(titles_a),
        _overlap(tb, above) if tb else 0.0,
        _overlap(ta, below) if ta else 0.0,
        _overlap(tb, below) if tb else 0.0,
        _overlap(ta, above) if ta else 0.0,
        "byline" in kinds_b[:-1],
        bool(before) and before[-1].kind == "byline",
        "byline" in kinds_a,
        bool(after) and after[0].kind == "byline",
        "names" in kinds_b,
        "names" in kinds_a,
        bool(before) and _column_like(before[-1]),
        bool(after) and _column_like(after[0]),
        bool(after) and _is_banner(after[0]),
        bool(before) and before[-1].text.endswith(("——", "：")),
        bool(after) and after[0].text.startswith("—"),
        0 < k < len(units) and units[k].blank_before,
        0 < k < len(units) and abs(units[k - 1].lines[0].width - units[k].lines[0].width) <= 1,
        prev_run.ends_closing(),
        next_run.starts_dateline(),
        len(before) / 4,
        len(after) / 4,
        len(set(heads_b)) < len(heads_b),
        len(set(heads_a)) < len(heads_a),
        blanks,
    ]


def _split_logit(*args) -> float:
    """The split model's log-odds for ``split_features(*args)``."""
    return _split_trees_logit(split_features(*args))


@dataclass(frozen=True)
class _Weights:
    """The programme's weights that the two paths set apart (the text path's are fitted with its models)."""

    lex: float
    boundary: float
    untitled: float
    before_prior: float
    two_titles: float
    start_cue: float
    no_start_cue: float
    head_no_body: float
    column_last: float


def _text_weights() -> _Weights:
    # read at each call: ``banmian.evaluate.fit`` searches the module's constants by setting them
    return _Weights(
        W_LEX, BOUNDARY, UNTITLED, BEFORE_PRIOR, TWO_TITLES, START_CUE, NO_START_CUE, HEAD_NO_BODY, COLUMN_LAST
    )


# with font sizes: the values the geometry rules were built and measured with
SIZED_WEIGHTS = _Weights(
    lex=4.0,
    boundary=-1.0,
    untitled=-3.0,
    before_prior=0.5,
    two_titles=-2.0,
    start_cue=1.0,
    no_start_cue=-1.0,
    head_no_body=-1.0,
    column_last=0.0,
)


def _head_score(
    part: list[Unit], run: Run | None, side: str, body: frozenset | None, w: _Weights
) -> tuple[float, bool]:
    """Score of ``part`` as the headline block of the article whose body is ``run`` (or, in the second pass,
    whose whole body has the bigrams ``body``); and whether it holds a title."""
    titles = [u for u in part if _is_title_line(u)]
    if len(part) == 1 and titles and _FIGURE.match(part[0].text.strip()):
        # 2700多亿元 alone between paragraphs: a figure the body quotes, set large (in 人民日报 197 paragraphs are such
        # a figure, no title is one without a kicker over it), no headline
        titles = []
    s = 0.0
    for i, u in enumerate(part):
        if u.kind == "byline" and side == "after" and i < len(part) - 1:
            s += HEAD_BYLINE_INSIDE
        if u.kind == "names" and side == "before":
            s += HEAD_NAMES_BEFORE
    heads = [u.text for u in part if u.kind == "heading"]
    if len(set(heads)) < len(heads):
        s += HEAD_REPEATS  # a headline never repeats a line: a column name printed again heads the next article
    if side == "after" and len(part) >= 2 and part[-2].text.startswith("——") and _column_like(part[-1]):
        s += HEAD_DASH_COLUMN  # ——访… closes its headline; a column name after it heads the next one
    if side == "after" and _past_lead_in(part):
        s += HEAD_PAST_LEAD_IN
    if not titles:
        return s, False
    if run is None or not run.paragraphs:
        return s + w.head_no_body, True
    text = "".join([u.text for u in titles])
    s += w.lex * _overlap(text, body if body is not None else run.bg())
    if len(titles) > 4:
        s -= len(titles) - 4
    if side == "before":
        s += w.before_prior
    return s, True


_FIGURE = re.compile(r"^(?:约|近|超|逾)?[\d.]+(?:多|余)?[万亿千百]*(?:多|余)?[\u4e00-\u9fff%％]{0,3}$")


def _past_lead_in(part: list[Unit]) -> bool:
    """A kicker introducing its title (习近平在…时强调, or a lead-in ending on a dash), the title's box, then another
    box that is no list of who attended (李克强作出批示, 王沪宁出席): in 人民日报 2019–2020, of 213 such kickers 20
    have a subtitle, 17 such a list; a third box there opens the next article's headline."""
    for i, u in enumerate(part[:-2]):
        if u.kind == "heading" and u.text.endswith("——"):
            # a lead-in ending on a dash (国家卫健委新闻发布会介绍社区防控——) over its title: of 人民日报's 732 such
            # kickers 2 have a subtitle; a box after the title (found without blank lines by the box model) opens
            # the next article's headline
            j = i + 2
            while j < len(part) and not _box_break(part, j):
                j += 1
            if j < len(part) and part[j].kind == "heading":
                return True
            continue
        if u.kind != "heading" or not u.text.endswith(_SPEECH_ENDS) or not part[i + 1].blank_before:
            continue
        j = i + 2
        while j < len(part) and not part[j].blank_before:
            j += 1  # (the title's lines)
        if j < len(part) and part[j].kind == "heading":
            box = _box_text_at(part, j, True)
            if not _ATTENDED.search(box) or box.endswith(_SPEECH_ENDS):  # (王沪宁在参加…时强调: the next kicker)
                return True
    return False


_SPACED_PAIR = re.compile(r"^[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff]$")
_SPEECH_ENDS = ("强调", "指出", "表示")  # (a tuple for ``str.endswith``: asked of every headline part scored)
# who else attended, in a subtitle under such a headline (李克强主持 栗战书汪洋…出席, 李克强作出批示): 17 of its 20
_ATTENDED = re.compile(r"出席|主持|批示|会见|参加|看望|陪同")


def _column_like(u: Unit) -> bool:
    if u.kind != "heading" or len(u.lines) != 1:
        return False  # (before the text is read: most units asked are not one heading line)
    t = u.text.replace(" ", "")
    return len(t) <= COLUMN_CHARS and not any(c.isdigit() for c in t)


def _memo(memo: dict, key, fn, *args):
    r = memo.get(key)
    if r is None:
        r = memo[key] = fn(*args)
    return r


HEADLINE_SIZE = 1.3  # a headline is set at least this much larger than the body
BODY_SIZE_TOL = 1.1
AT_BODY = 1.05  # a line within 5 % of the body size is set at the body size


def _sized_page(runs: list[Run], groups: list[Group], body_size: float | None) -> bool:
    """With font sizes (PDF, OCR): does the page set its headlines larger than its body?"""
    if not body_size:
        return False
    return any((u.lines[0].src.size or 0) >= HEADLINE_SIZE * body_size for g in groups for u in g.units)


def _size_decision(g: Group, body_size: float | None) -> bool | None:
    """On a page with sized headlines: a group holding a headline-size line is an article boundary, one
    whose heading lines are all at body size is a subhead (True); None when the sizes do not say."""
    sizes = [u.lines[0].src.size or 0 for u in g.units if u.kind == "heading"]
    if g.virtual or not sizes or not body_size or not all(sizes):
        return None
    if any(z >= HEADLINE_SIZE * body_size for z in sizes):
        return False
    if all(z <= BODY_SIZE_TOL * body_size for z in sizes):
        return True
    return None


def _kicker_over_title(g: Group, k: int, body_size: float | None) -> bool:
    """With font sizes: a headline line set above the body size, right over a larger one, belongs to
    the same headline (a banner over its kicker, a kicker over its title: print goes up in size towards
    the title), and so does a smaller one right under a headline-size line (its subtitle) — no article
    boundary between the two.  (A PDF prints every headline above its body.)"""
    if not body_size or not 0 < k < len(g.units):
        return False
    a, b = g.units[k - 1], g.units[k]
    za, zb = a.lines[-1].src.size or 0, b.lines[0].src.size or 0
    if a.kind != "heading" or b.kind != "heading":
        return False
    return AT_BODY * body_size < za < zb or za >= HEADLINE_SIZE * body_size and AT_BODY * body_size < zb < za


def _body_size_lead(g: Group, body_size: float | None) -> int:
    """With font sizes: how many body-size heading or name lines open the group above a larger heading
    line — the end of the article above (its last subhead, its names), not part of the next headline."""
    if not body_size:
        return 0
    at_body = AT_BODY * body_size  # (a column banner may be set just 10 % larger than the body)
    us, n = g.units, 0
    while n < len(us) and us[n].kind in ("heading", "names") and (us[n].lines[0].src.size or 0) <= at_body:
        n += 1
    if n < len(us) and us[n].kind == "heading" and (us[n].lines[0].src.size or 0) > at_body:
        return n
    return 0


def _headline_closes(g: Group, k: int, body_size: float | None, next_run: Run) -> bool:
    """With font sizes a headline is printed over its body, and the reader (PDF, OCR) puts it first: a
    headline-size line among the ``k`` lines that would close the article above, with a body to come
    below the group, is the next article's headline (``建议`` under the last article's names line)."""
    if not body_size or not k or not next_run.paragraphs:
        return False
    return any(
        u.kind == "heading" and (u.lines[0].src.size or 0) >= HEADLINE_SIZE * body_size and u.lines[0].src.bbox
        for u in g.units[:k]
    )


def _under_photo_credit(run: Run) -> bool:
    """The run ends on a photo's credit (司马天民摄（影像中国）, 新华社记者 熊 琦摄): a picture closes its story, so the
    heading group under it opens the next article (on the 2020 check pages, 14 such groups read as subheads were
    headlines, 1 a subhead)."""
    return bool(run.units) and run.units[-1].kind == "caption"


# （本报记者赵展慧、寇江泽、丁怡婷、肖家鑫…）: a team's credit, three reporters or more
_TEAM_CREDIT = re.compile(r"[（(]本报记者[^（）()、]{1,12}(?:、[^（）()、]{1,12}){2,}[）)]$")


def _under_team_credit(run: Run, g: Group) -> bool:
    """The run ends on a team's credit (（本报记者刘志强、韩俊杰、刘诗瑶…）): it closes the report above, so the heading
    group under it opens the next article — in 人民日报 2019–2020, 200 of 202 such credits are their record's last
    paragraph but for credits and notes (版式设计：…, 本期统筹：…).  Not a group opening on ■ (■专家观点): a section's
    label, which opens 313 paragraphs of the records and 6 headline boxes."""
    if not run.units or run.units[-1].kind != "paragraph" or _TEAM_CREDIT.match(run.units[-1].text) is None:
        return False
    return not (g.units and g.units[0].text.lstrip().startswith("■"))


def _column_after_closing(run: Run, g: Group) -> bool:
    """The run closes its article (（作者为…）, （本报布鲁塞尔2月2日电）) and the group opens on a column's name, a line
    of its own over the next box (大家手笔 / 做好疫情防控须创新社会治理, 记者手记 / 奋斗， / 源自使命感): the next
    article's column and headline, not two subheads (the model reads them so where the article under goes on about
    the same things).  Not where the group ends on a short line (赴缅甸专家组 / 在全国推行专家组建议 / 杨丽娟, 树大依靠根深
    / 陈 彦): a section's speaker or writer under its subhead."""
    u = g.units
    return len(u) >= 2 and run.ends_closing() and _column_like(u[0]) and len(u[-1].text.replace(" ", "")) > 4


def _under_credits(run: Run, g: Group) -> bool:
    """The run ends on a credit line (版式设计：蔡华伟, 制图：郭 祥, 本期统筹：X): the credits close a page's or an
    article's text, so the heading group under them opens the next article (on the ten development folders, 363 of
    364 such groups open one; the other is a label, 图片说明：, over the captions)."""
    if not run.units or run.units[-1].kind != "paragraph":
        return False
    last = run.units[-1]
    if last.lines[0].first_char not in P.CREDIT_LABEL_FIRST or not P.CREDIT_LABEL.match(last.text):
        return False
    return not any(u.kind == "heading" and u.text.rstrip().endswith(("：", ":")) for u in g.units[:1])


@dataclass
class Choice:
    sub: bool = False
    k: int = 0  # lines of the group that close the previous article


_SUBHEAD = Choice(sub=True)  # (choices are never changed: one object serves every group)


def _decide(
    runs: list[Run],
    groups: list[Group],
    body_size: float | None,
    blanks: bool,
    fixed: list[Choice] | None = None,
    bodies: list[tuple[frozenset, frozenset]] | None = None,
    force: dict[int, bool] | None = None,
) -> tuple[list[Choice], float]:
    """Viterbi over groups; state = (current article has a title, it is the page's first article).

    Second pass (``fixed``, ``bodies``): the subhead/boundary decisions stay, and the headline lines of
    each boundary are re-divided with each side scored against its whole article, not one run.
    ``force`` maps a group to a decision taken elsewhere (True: subhead, False: boundary).
    Returns the choices and their score.
    """
    # (the second pass keeps every subhead decision: no subhead scores)
    n_alike = {gi: len(alike) for gi, alike in _alike_groups(runs, groups).items()} if fixed is None else {}
    parallel = {gi: min(PARALLEL_CAP, PARALLEL_W * n) for gi, n in n_alike.items()}
    noted = _after_editors_note(runs, groups) if fixed is None else set()
    learned = body_size is None  # the text path; with font sizes the hand-set shape score reads them
    w = _text_weights() if learned else SIZED_WEIGHTS
    sized = _sized_page(runs, groups, body_size)

    # two groups or more opening on a lead-in: a feature's sections, each under its own (``_opens_on_lead_in``)
    lead_in_sections = learned and sum(_opens_on_lead_in(h) for h in groups) >= 2
    # state: (has_title, first) -> (score, choices)
    states: dict[tuple[bool, bool], tuple[float, list[Choice]]] = {(False, True): (0.0, [])}
    for gi, g in enumerate(groups):
        prev_run, next_run = runs[gi], runs[gi + 1]
        new: dict[tuple[bool, bool], tuple[float, list[Choice]]] = {}
        memo: dict = {}  # why: the scores of a group's readings do not depend on the state: once per group
        at = [Choice(k=k) for k in range(len(g.units) + 1)]
        # a title with its ——subtitle, or a kicker introducing it: a headline, where an article starts or ends
        headline = (
            learned
            and not g.virtual
            and (_titled_dash(g) or _long_lead_in(g) and not (lead_in_sections and _opens_on_lead_in(g)))
        )
        dated = (
            learned
            and not g.virtual
            and (_document_dated(g) or _photo_report(g) or _under_photo_credit(prev_run) or _under_credits(prev_run, g))
            # (under a team's credit, a paragraph too: the next article's body, its headline printed after it)
            or learned
            and _under_team_credit(prev_run, g)
            or learned
            and _column_after_closing(prev_run, g)
        )
        # where blank lines set the group's boxes apart (as pdftotext's blocks do on a page with few blank lines),
        # a boundary falls only at one
        boxed = blanks or any(u.blank_before for u in g.units[1:])

        def offer(key, score, choices, choice, new=new):
            if key not in new or score > new[key][0]:
                new[key] = (score, choices + [choice])  # (the list is copied only for a reading that wins)

        for (has_title, first), (score, choices) in states.items():
            prev_empty = not prev_run.paragraphs and first and gi == 0
            # 1. subhead (or, for a virtual group, no boundary at the dateline)
            forced = force.get(gi) if force else None
            sd = _size_decision(g, body_size) if sized else None
            if forced is None or sd is False:  # (a headline-size line is no subhead, whatever set it is in)
                forced = sd if forced is None else False
            if (headline or dated) and not (force and gi in force):  # (a set of sections is decided as a whole)
                forced = False
            if fixed is not None and fixed[gi].sub:
                offer((has_title, first), score, choices, _SUBHEAD)
                continue
            offered = False
            if forced is False:
                pass
            elif g.virtual and fixed is None:
                vs = (
                    (VIRTUAL_SUB if not _ends_closed(prev_run) else VIRTUAL_SUB_CLOSED)
                    if learned
                    else VIRTUAL_SUB_SIZED
                )
                if g.pull_quote:
                    vs = PULL_QUOTE_SUB
                if learned and _column_change(prev_run, next_run) >= COLUMN_CHANGE:
                    vs += VIRTUAL_COLUMN_CHANGE
                if prev_run.units and ends_sentence(prev_run.units[-1].text):
                    # …唯有坚守。”小张说。 / 本报北京1月24日电 （记者…: a report ends where the next one's dateline
                    # opens; over an unfinished paragraph (a headline's deck read as one, …荣誉感和使命感) the dateline
                    # goes on the article it opens (on 13 folders: 12 pages better, 5 worse; without the condition 13
                    # better, 8 worse)
                    vs += VIRTUAL_SENTENCE_END
                if learned:
                    vs += VIRTUAL_ALIKE * (_sections_alike(prev_run, next_run) - VIRTUAL_ALIKE_MID)
                offer((has_title, first), score + vs, choices, _SUBHEAD)
            elif (
                (sd or gi and learned and _continued_here(prev_run) and forced is not False)
                and prev_run.units
                and not prev_run.paragraphs
                and next_run.paragraphs
                and fixed is None
            ):
                # under a marker (（上接第一版）) under a headline: the article's first subhead (the text path
                # cannot tell it from a headline by size; a headline is printed over the marker)
                offer((has_title, first), score, choices, _SUBHEAD)
                offered = forced = True
            elif learned and prev_empty and next_run.paragraphs and _byline_over_headings(g):
                # the page opens on a byline over heading lines (本报记者 夏洋露 通讯员 戴素萍 / 一带一路绘宏图): the
                # article's first subhead under its byline, its headline printed after the body (the ten development
                # folders' truth: of 276 such groups 274 a subhead, 2 a long title wrapped, 中国共产党第十九届中央 /
                # 纪律检查委员会…)
                offer((has_title, first), score + BYLINE_FIRST_SUB, choices, _SUBHEAD)
                offered = True
            elif prev_run.paragraphs and next_run.paragraphs and fixed is None and not prev_run.ends_continued():
                if learned:
                    ss = _memo(g.scores, "sub", _learned_sub_score, runs, groups, gi, n_alike.get(gi, 0), blanks)
                else:
                    ss = _memo(memo, "sub", _sub_score, g, parallel.get(gi, 0.0), body_size, prev_run)
                    if next_run.starts_dateline():
                        ss += SUB_BEFORE_DATELINE
                    if prev_run.ends_closing():
                        ss += SUB_AFTER_CLOSING  # the article above closed with （本报…电） or （作者为…）
                if ss == NEG and forced and not g.virtual:
                    ss = 0.0  # the font sizes say subhead, whatever its shape
                if learned and gi in noted and ss > NEG:
                    ss += EDITORS_NOTE_SUB  # (a feature's parts under its editor's note; font sizes say it themselves)
                if ss > NEG and _foreign_author(g.units, len(g.units)):
                    # a subhead over its foreign author's line (（英国）斯蒂芬·佩里): a section of the feature it is in
                    # (人民日报's 69 such lines all stand under a section's subhead), never a headline and its byline
                    ss += FOREIGN_SECTION_SUB
                if ss > NEG:
                    offer((has_title, first), score + ss, choices, _SUBHEAD)
                    offered = True
            if forced and offered:
                continue
            if offered and next((u.text[:1] for u in g.units if u.kind == "heading"), "") in _BULLETS:
                # ●日夜连轴转，每天忙到晚上12点: a bulleted heading is a section's (人民日报: 792 body paragraphs
                # open on a bullet, no title), and no headline opens with one
                continue
            # 2. a boundary inside the group after k lines
            for k in range(len(g.units) + 1):
                if prev_empty and k > 0:
                    break
                # (a banner the extractor shows offset opens a headline, whatever the words across: 沃泽尔 / 和音)
                if (
                    0 < k < len(g.units)
                    and not _is_banner(g.units[k])
                    and (
                        boxed
                        and not g.units[k].blank_before
                        or g.units[k].text.startswith("——")
                        # a heading line stopping on 、 or ， goes on in the next (……重要讲话、 / 重要指示精神……, 经过精心
                        # 治疗， / 三名…她们说——): no kicker, title or subtitle of 人民日报 ends on either
                        or g.units[k - 1].kind == "heading"
                        and g.units[k - 1].text.endswith(("、", "，", "；"))
                        and not g.units[k].blank_before
                        # ——《新时代·新 / 思想》简评: a mark opened in one line and closed in the next, in one box
                        or not g.units[k].blank_before
                        and g.units[k - 1].kind == "heading"
                        and g.units[k].kind == "heading"
                        and _unbalanced(g.units[k - 1].text)
                        and not _unbalanced(g.units[k - 1].text + g.units[k].text)
                        # 保贫困人口获得基 / 本收入: a word broken across the two lines, in one box
                        or not g.units[k].blank_before
                        and g.units[k - 1].kind == "heading"
                        and g.units[k].kind == "heading"
                        and crosses_word(g.units[k - 1].lines[-1].text, g.units[k].lines[0].text)
                        # 专访…刘玉村—— / 林郑月娥： introduce the heading line under them: never a headline's end
                        or g.units[k - 1].kind == "heading"
                        and g.units[k].kind == "heading"
                        and g.units[k - 1].text.endswith(("——", "：", ":"))
                        # 栗战书主持 / 王沪宁出席 is the subtitle under a title: it opens no headline
                        or g.units[k - 1].kind == "heading"
                        and g.units[k].kind == "heading"
                        and _attends(_box_text_at(g.units, k, blanks))
                        # nor does a line opening on a bracket, （2020年5月28日第十三届…通过） under a document's title
                        # (人民日报: 73 subtitles open so, no title or kicker)
                        or g.units[k - 1].kind == "heading"
                        and g.units[k].kind == "heading"
                        and g.units[k].text[:1] in ("（", "(")
                        # nor does one end on a deputy who speaks, 湖北省宜昌市市长张家胜代表: its kicker, over the title
                        # (人民日报 2019–2020: 30 boxes end so, all kickers)
                        or g.units[k - 1].kind == "heading"
                        and g.units[k].kind == "heading"
                        and _DEPUTY_LINE.search(g.units[k - 1].text.replace(" ", "")) is not None
                    )
                ):
                    continue  # lines of one box, and a title with its ——subtitle, belong to one headline
                if (
                    not blanks
                    and 0 < k < len(g.units)
                    and g.units[k - 1].kind == g.units[k].kind == "heading"
                    and not _is_banner(g.units[k])
                    and _runs_on(g.units[k - 1].lines[-1].text, g.units[k].lines[0].text)
                ):
                    continue  # without blank lines: a word across the cut (…“禁飞区”范 / 围), one headline goes on
                if (
                    not blanks
                    and 0 < k < len(g.units)
                    and g.units[k - 1].kind == g.units[k].kind == "heading"
                    and _echoed_across(g.units[k - 1].lines[-1].text, g.units[k].lines[0].text, prev_run, next_run)
                ):
                    continue  # … nor where the text beside has the characters across the cut in a row (``_echoed_in``)
                if not blanks and 2 <= k < len(g.units) and _wrapped_tail(g.units, k):
                    continue  # … nor is the short last line of a box wrapped at its width (…发生 / …士兵 / 死亡) cut off
                if sized and (
                    _kicker_over_title(g, k, body_size)
                    or not prev_empty
                    and k < _body_size_lead(g, body_size)
                    or _headline_closes(g, k, body_size, next_run)
                ):
                    continue
                before, after = g.units[:k], g.units[k:]
                if not after and not next_run.units and gi == len(groups) - 1:
                    # the page ends with the last article's headline: no article opens here
                    s = score
                    if before:
                        hs, t = _head_score(before, prev_run, "after", bodies[gi][0] if bodies else None, w)
                        s += hs + (w.two_titles if t and has_title else 0.0)
                        closes_title = has_title or t
                    else:
                        closes_title = has_title
                    offer((closes_title, first), s, choices, at[k])
                    continue
                s = score + (0.0 if prev_empty else w.boundary)
                closes_title = has_title
                prev_body, next_body = bodies[gi] if bodies else (None, None)
                # (the second pass scores whole articles; where an article is the one run beside the group, as
                # the first pass scored it, a score is the same in every pass: kept once, per group)
                own_prev = prev_body is None or prev_body is prev_run.bg()
                own_next = next_body is None or next_body is next_run.bg()
                # (the split model chooses where a group of headline lines is cut: a virtual group has no lines, and
                # its log-odds there, +1.5 on first pages' datelines under a quoted lead, said nothing)
                if learned and not prev_empty and not g.virtual:
                    args = (g, k, prev_run, next_run, blanks, prev_body, next_body)
                    cache = g.scores if own_prev and own_next else memo
                    s += SPLIT_W * _memo(cache, (k, "split"), _split_logit, *args)
                if before:
                    cache = g.scores if own_prev else memo
                    hs, t = _memo(cache, (k, "after"), _head_score, before, prev_run, "after", prev_body, w)
                    s += hs
                    if after and len(before) >= 2 and _column_like(before[-1]):
                        s += w.column_last  # a column name is printed over its headline, not under one
                    if after and _is_banner(before[-1]):
                        s += BANNER_LAST  # and a banner the extractor shows offset surely is
                    if t:
                        if has_title:
                            s += w.two_titles
                        closes_title = True
                if not prev_empty and not closes_title:
                    s += UNTITLED_FIRST if first else w.untitled
                cache = g.scores if own_next else memo
                hs, t = _memo(cache, (k, "before"), _head_score, after, next_run, "before", next_body, w)
                if any(u.kind == "byline" for u in after) or next_run.starts_dateline():
                    s += w.start_cue if after else 0.0
                elif next_run.paragraphs:
                    s += w.no_start_cue
                offer((t, prev_empty), s + hs, choices, at[k])
        states = new
    final = []
    for (has_title, first), (score, choices) in states.items():
        if not has_title:
            score += UNTITLED_FIRST if first else w.untitled
        final.append((score, choices))
    best = max(final, key=lambda x: x[0])
    return best[1], best[0]


def _closing_lines(units: list[Unit], k: int) -> int:
    """How many of ``units`` from ``k`` on are a line closing an article (``patterns.closes_article``), maybe broken
    over two or three lines (（作者为中国驻…大 / 使）); 0 if none."""
    for j in range(1, min(3, len(units) - k) + 1):
        if _section_number(units[k + j - 1]):
            return 0  # (一 / 2020年1月22日: a diary's first day under its title, no signature)
        if P.closes_article(join_lines([u.text for u in units[k : k + j]])):
            return j
    return 0


def _closing_paragraphs(units: list[Unit]) -> list[Unit]:
    """The paragraphs of lines closing an article (``_closing_lines``): one, but for a document's signature over its
    date (中国科学技术协会 / 2020年5月30日), whose date is a paragraph of its own (人民日报 2019–2020: 58 dates alone
    under their signer, one on the signer's line)."""
    if len(units) >= 2 and _DATE_LINE.match(units[-1].text.replace(" ", "")):
        return [Unit("paragraph", [ln for u in units[:-1] for ln in u.lines]), Unit("paragraph", units[-1].lines)]
    return [Unit("paragraph", [ln for u in units for ln in u.lines])]


def _attends(t: str) -> bool:
    """A short line naming who attends or chairs (王沪宁出席, 栗战书主持), not a speech's title (在…上的讲话)."""
    return len(t) <= ATTENDANCE_CHARS and not t.startswith("在") and _ATTENDANCE.search(t) is not None


ATTENDANCE_CHARS = 12


def _titled_dash(g: Group) -> bool:
    """The group holds a ——subtitle right under a heading line (its title), in four to eight heading lines or
    over a byline (这个时候，必须往前冲！ / ——走近四位社区志愿者 / 本报记者 林川)."""
    us = g.units
    n = sum(u.kind == "heading" for u in us)
    dashes = [
        i
        for i in range(1, len(us))
        if us[i].kind == "heading"
        and us[i].text.startswith("——")
        and len(us[i].text) >= 8
        and us[i - 1].kind == "heading"
        and len(us[i - 1].text) >= 4
    ]
    if dashes and (4 <= n <= 8 or n >= 2 and any(u.kind == "byline" for u in us)):
        return True
    # a dash line naming the kind of piece (``patterns.GENRE_DASH``) is a subtitle, in any group
    for i in dashes:
        text = us[i].text
        if i + 1 < len(us) and us[i + 1].kind == "heading" and not us[i + 1].blank_before:
            text = join_lines([text, us[i + 1].text])  # (a dash line broken at the column edge)
        if P.GENRE_DASH.match(text):
            return True
    return False


def _document_dated(g: Group) -> bool:
    """The group holds a document's date line under a heading line (第十三届全国人民代表大会第三次会议关于…的决议 /
    （2020年5月28日第十三届全国人民代表大会第三次会议通过）): its title and subtitle.  人民日报 2019–2020: 70
    subtitles so, no subhead (7 such lines are a document's first paragraph, right under its title)."""
    us = g.units
    for k in range(1, len(us)):
        if us[k].kind != "heading" or us[k - 1].kind != "heading" or us[k].text[:1] not in "（(":
            continue
        text = us[k].text.strip()
        j = k + 1  # (a date line broken at the column edge: its lines up to the closing bracket)
        while text[-1:] not in "）)" and j < len(us) and j <= k + DATE_LINES and us[j].kind == "heading":
            text += us[j].text.strip()
            j += 1
        if P.DATE_SUBTITLE.match(text):
            return True
    return False


def _photo_report(g: Group) -> bool:
    """A heading 图片报道 (a photo report) is a title: 人民日报 2019–2020 prints 271 so, no paragraph or subhead."""
    return any(u.kind == "heading" and u.text.strip() == "图片报道" for u in g.units)


def _long_lead_in(g: Group) -> bool:
    """The group holds a heading line of nine characters or more ending on —— over another (湖北省黄冈市援疆教师
    郭贵方—— / “享受在这里的每一天”): a kicker introducing its title.  A subhead broken at its dash is short
    (临江又亲江—— / 滨水空间正在形成): in 人民日报 2019, 270 kickers end so and one subhead."""
    us = g.units
    return any(
        us[k - 1].kind == "heading"
        and us[k].kind == "heading"
        and us[k - 1].text.endswith("——")
        # (a shorter one under a column's name too: 百姓影像 / 援外医生郭璐萍—— / 在撒哈拉，留下医术与爱)
        and (len(us[k - 1].text.replace(" ", "")) >= 11 or k >= 2 and _column_like(us[k - 2]))
        for k in range(1, len(us))
    ) and not _lead_ins_only(us)  # (lead-ins with no title under them: a feature's run-in section heads)


def _opens_on_lead_in(g: Group) -> bool:
    """The group opens on a lead-in ending on —— over another line (墨西哥多元文化博物馆—— / 欢乐春节聚人心, 崔肖（1995
    年生）—— / 恨不得插上翅膀回去支援).  Where two groups of a page or more open so, they are mostly a feature's
    sections, each under its lead-in: a long lead-in is not then taken for a headline's kicker whatever is read
    around it (``_long_lead_in``), the group is decided as the others are.  (On the ten development folders, of the
    616 such groups on pages with two or more, the records make 497 subheads.)"""
    u = g.units
    return len(u) >= 2 and u[0].text.rstrip().endswith("——")


def _box_text_at(units: list[Unit], k: int, blanks: bool) -> str:
    """The text of the heading box that opens at ``units[k]`` (with blank lines, up to the next blank line)."""
    j = k + 1
    while blanks and j < len(units) and units[j].kind == "heading" and not units[j].blank_before:
        j += 1
    return "".join(u.text for u in units[k:j])


def _continued_here(run: Run) -> bool:
    """The run is nothing but a （上接第X版） marker: the article's text goes on here from another page."""
    return bool(run.units) and all(
        u.kind == "marker" and (P.continuation(u.text) or ("",))[0] == "from" for u in run.units
    )


def _alike_groups(runs: list[Run], groups: list[Group], phrases: bool = False) -> dict[int, set[int]]:
    """Subhead candidates and, for each, the other candidates of like shape on the page.

    Subheads come in sets: one or two short lines of a similar length, with or without a section byline."""
    cands = []
    for gi, g in enumerate(groups):
        heads = [u for u in g.units if u.kind == "heading"]
        tail = [u for u in g.units if u.kind in ("byline", "names")]
        if not tail and (n := _name_lines(heads)):
            # (the writer's name under the section's heading, 赴沙特专家组 / 结合当地实际出主意、想办法 / 阮越盛, or set in
            # two cells broken at its space, 梁 / 樑: the tail a byline would be)
            heads, tail = heads[:-n], heads[-n:]
        if (
            g.virtual
            or not 1 <= len(heads) <= 2
            or runs[gi + 1].starts_dateline()
            or len(heads) + len(tail) != len(g.units)
            or g.units[: len(heads)] != heads
            or any(u.lines[0].width > 20 for u in heads)
        ):
            # a compilation's first section: its subhead and byline printed under the headline
            first = _section_tail(g.units)
            if first:
                n = sum(len(u.text.split()) for u in first) if phrases else len(first)
                cands.append((-1 - gi, (n, True), sum(u.lines[0].width for u in first)))
            continue
        # with ``phrases``, ``胡同电暖 安享生活`` on one line has the shape of ``高原守边`` / ``以苦为乐``
        n = sum(len(u.text.split()) for u in heads) if phrases else len(heads)
        cands.append((gi, (n, bool(tail)), sum(u.lines[0].width for u in heads)))
    # (each candidate is compared with those within ``ALIKE_WITHIN`` groups of it: a file of a thousand pages read
    # as one compared every pair, quadratic; the candidates come in the groups' order)
    whole = len(groups) <= ALIKE_WITHIN  # (a page: every candidate is near every other)
    at = [] if whole else [gi if gi >= 0 else -1 - gi for gi, _, _ in cands]
    out: dict[int, set[int]] = {}
    for i, (gi, shape, w) in enumerate(cands):
        if gi < 0:
            continue
        near = (
            cands
            if whole
            else cands[bisect.bisect_left(at, at[i] - ALIKE_WITHIN) : bisect.bisect_right(at, at[i] + ALIKE_WITHIN)]
        )
        out[gi] = {gj for gj, m, v in near if gj != gi and m == shape and abs(v - w) <= 0.4 * max(v, w)}
    return out


def _word_left_open(a: str, b: str) -> bool:
    """Each line read alone ends (``a``) or opens (``b``) on a single character at the break: a word cut there (谋发 /
    展, 缺一不 / 可), not two whole words the segmenter also reads as one across it (专家组 / 长达, 组长)."""
    if any(c in a for c in "。！？"):
        return True  # (a sentence's line, 这是一部充分 / 体现时代特点的…: no heading ends a sentence inside a line)
    return len(rjieba.cut(a.strip())[-1]) == 1 or len(rjieba.cut(b.strip())[0]) == 1


def _name_lines(heads: list[Unit]) -> int:
    """How many of the last heading lines (one, or two of one character each) are a person's name alone, under two
    heading lines at least; 0 if none."""
    if len(heads) < 3 or len(heads[0].text.replace(" ", "")) <= 4:
        return 0  # (来论 / 紧绷的弦还不能放松 / 张志锋: a column's name over its article's first section)
    if P.is_single_name(heads[-1].text.replace(" ", "")):
        return 1
    if len(heads) >= 4 and all(len(u.text.strip()) == 1 for u in heads[-2:]):
        return 2 if P.is_single_name(heads[-2].text.strip() + heads[-1].text.strip()) else 0
    return 0


# a page has a few dozen heading groups (at most 50 on the generated pages); subheads alike are a page's, not a file's
ALIKE_WITHIN = 200


def _foreign_author(units: list[Unit], end: int) -> int:
    """How many units before ``end`` spell a foreign author's line (``（法国）格雷瓜尔·戴`` / ``高乐``, the rest of a
    name the column pushed down: ``_name_rest``), 0 if they do not.  (Read as heading lines, or in a
    body as a paragraph of its own.)"""
    if end > len(units):
        return 0
    for n in (1, 2):
        if end - n < 0 or units[end - n].text[:1] not in ("（", "("):
            continue  # (asked of every heading group: most open on no bracket, and are answered here)
        if any(u.kind not in ("heading", "paragraph") for u in units[end - n : end]):
            return 0
        if n == 2 and (units[end - 1].blank_before or not _name_rest(units[end - 2].text, units[end - 1].text)):
            return 0
        if P.FOREIGN_AUTHOR.match("".join([u.text.strip() for u in units[end - n : end]])):
            return n
    return 0


def _name_rest(line: str, below: str) -> bool:
    """Can ``below`` be the rest of a name the column broke after ``line``: a few characters (高乐), or more where
    the break falls at a dot of the name (利拉· / 马尼·鲍德尔, 瓦伊拉 / ·维基耶—弗赖贝加)?  (Not a subhead of its own
    under the author.)  Up to 12 characters: 人民日报's foreign authors' names run to 16 (加林娜·维尼阿米诺夫娜·库利科娃)."""
    rest = below.strip()
    return len(rest) <= 3 or ("·" in rest or line.rstrip().endswith(("·", "—", "-"))) and len(rest) <= 12


def _author_at(units: list[Unit], i: int) -> int:
    """How many units from ``i`` on spell a foreign author's line (see ``_foreign_author``), 0 if none do."""
    return 2 if _foreign_author(units, i + 2) == 2 else int(_foreign_author(units, i + 1) == 1)


def _section_tail(units: list[Unit]) -> list[Unit]:
    """The heading box right above a group's closing byline (or a foreign author's line, which the headings
    hold), when headline boxes come before it."""
    tail = 1 if units and units[-1].kind == "byline" else _foreign_author(units, len(units))
    if not tail or len(units) < 2 + tail or units[-1 - tail].kind != "heading":
        return []
    j = len(units) - tail
    while j > 0 and units[j - 1].kind == "heading" and not (j < len(units) - tail and units[j].blank_before):
        j -= 1
    box = units[j:-tail]
    if j == 0 or len(box) > 2 or not units[j].blank_before or any(u.lines[0].width > 20 for u in box):
        return []
    return box if any(_is_title_line(u) for u in units[:j]) else []


def _wrapped_box_start(units: list[Unit], j: int) -> int:
    """Where the heading box holding ``units[j]`` starts: at the line over it when that one reaches the column (and
    no further) and ``units[j]`` is shorter, the box wrapped at its width (中国是维护多边主义的中 / 坚力量), else at
    ``units[j]``."""
    above = units[j - 1]
    if (
        not units[j].blank_before
        and above.lines[-1].full()
        and not above.lines[-1].wide()  # (a line wider than the column is a headline's of its own, not one wrapped)
        and units[j].lines[0].width < above.lines[-1].width
    ):
        return j - 1
    return j


def _unblanked_section_tail(units: list[Unit]) -> list[Unit]:
    """``_section_tail`` where no blank line sets the box over a foreign author's line apart from the headline over
    it (pdftotext -raw; pdfminer's block holding the title and the subhead): the heading line over the author's, with
    the line over it when the box wraps (讲述亲历故事 / 见证辉煌历程 / 中国发展成就极大鼓舞着 / 发展中国家 /
    （墨西哥）费利佩· / 卡尔德龙; 讲述亲历故事 / 见证辉煌历程 / 中国是可靠的合作伙伴 / (blank) / （意大利）罗伯托·巴蒂斯通)."""
    tail = _foreign_author(units, len(units))
    j = len(units) - tail - 1
    if not tail or j < 1:
        return []
    j = _wrapped_box_start(units, j)
    return units[j : len(units) - tail] if any(_is_title_line(u) for u in units[:j]) else []


def _head_width(g: Group) -> float:
    return sum(u.lines[0].width for u in g.units if u.kind == "heading")


# the subhead reading of a heading group under an editor's note (——编者), which opens a feature in parts: in 人民日报
# 2019, after the 49 notes 202 subheads and 112 later articles on their pages (on the twelve 2020 check folders, 10
# pages read better with this, 1 worse; at 3.5, 12 better and 8 worse)
FOREIGN_SECTION_SUB = 6.0
EDITORS_NOTE_SUB = 2.0
# the subhead reading of the page's first group, a byline over heading lines (``_byline_over_headings``): on the ten
# development folders 15 pages read better at 2, 20 at 5 and at 20, none worse
BYLINE_FIRST_SUB = 6.0


def _byline_over_headings(g: Group) -> bool:
    """A byline over the group's other lines: heading lines, and any byline under them (the section's own reporter:
    □本报记者 胡霞 / 网络直播带来新变化 / 本报记者 张 洋; 5 more development pages better, none worse).  (Which lines
    follow the byline changes no development page; a byline alone, 1 page worse.)"""
    us = g.units
    return len(us) >= 2 and us[0].kind == "byline"


def _after_editors_note(runs: list[Run], groups: list[Group]) -> set[int]:
    """The heading groups after the page's first editor's note (——编者, maybe broken: ——编 / 者)."""
    out: set[int] = set()
    seen = False
    for gi, g in enumerate(groups):
        if not seen and any(u.text[-1:] in _NOTE_LAST and _EDITORS_NOTE.search(u.text) for u in runs[gi].units):
            seen = True
        if seen:
            out.add(gi)
        if not seen and _EDITORS_NOTE.search("".join([u.text for u in g.units])):
            seen = True  # (——编 / 者: broken over two lines)
    return out


_EDITORS_NOTE = re.compile(r"——\s*编\s*者\s*[）)]?$")
_NOTE_LAST = frozenset("者）)")  # (the last characters it can end on: most units are asked nothing more)


def _document_sections(runs: list[Run], groups: list[Group]) -> dict[int, bool]:
    """Heading groups inside a document printed in full, as subheads: its own title under the paragraph that
    announces it (《条例》全文如下。 / 中国共产党…工作条例; in 人民日报 40 such paragraphs, none an article's last), and
    its chapters (第一章 / 总 则, 第三编 …: 552 paragraphs, no kicker, title or subtitle); and an article's further
    reading under its body (延伸阅读 / 这些“红线”不能踩！ / 案例一…: 12 paragraphs 延伸阅读 and 11 知识链接, each inside
    its record, none opening one; not 链接, as often a column's name over the next article's headline); the first
    numbered section under a paragraph (一、…, （一）…; see ``_FIRST_SECTION``); and a section's heading under its number
    (see ``_NUMBER_LINE``)."""
    out: dict[int, bool] = {}
    for gi, g in enumerate(groups):
        paragraphs = runs[gi].paragraphs
        first = next((u for u in g.units if u.kind == "heading"), None)
        if first is None or not runs[gi + 1].paragraphs:
            continue
        last = paragraphs[-1].text if paragraphs else ""
        if (
            last[-1:] in "。：:"
            and _DOCUMENT_FOLLOWS.search(last)
            or first.text[:1] == "第"
            and _CHAPTER.match(first.text)
            or paragraphs
            and _FURTHER_READING.match(first.text.strip()) is not None
            or paragraphs
            and _FIRST_SECTION.match(first.text) is not None
            or _NUMBER_LINE.fullmatch(last) is not None
        ):
            out[gi] = True
    return out


# a document's or a report's first numbered section (一、中国粮食安全成就, （一）粮食产量稳步增长): in 人民日报 2019–2020 no
# kicker, title or subtitle opens so, and 91 of 100 short paragraphs opening on 一、 are not their record's first
_FIRST_SECTION = re.compile(r"\s*(?:一、|（一）)")


# a section's number on a line of its own over the section's heading (（六） / “向世界展现真实、立体、全面的中国”): on nine
# development folders 34 groups stand under such a line, all subheads in the records (3 of them had been read as
# headlines)
_NUMBER_LINE = re.compile(r"\s*[（(]?[一二三四五六七八九十]{1,3}[）)]?\s*")


_FURTHER_READING = re.compile(r"^[□■◇◆●【\[]?\s*(?:延伸阅读|知识链接)\s*[】\]]?$")


def _reporters_sections(runs: list[Run], groups: list[Group]) -> dict[int, bool]:
    """Sections of one feature, each under its own reporter: two or three heading lines and a byline of 本报记者
    or 本报驻…记者 (青海…第一书记白海龙 / 不松劲儿，再难的关也能闯 / 本报记者 姜 峰), three or more such groups near one
    another.  On the pdfminer development folders (1,300 pages) 108 groups between paragraphs are so, 106 of them
    subheads in the records, 30 of those had been read as headlines.  Decided as subheads."""
    shaped = [
        gi
        for gi, g in enumerate(groups)
        if 3 <= len(g.units) <= 4
        and all(u.lines[0].width <= 20 for u in g.units[:-1])  # (no title over them)
        and _REPORTER.match(g.units[-1].text) is not None
        and len(g.units[0].text.replace(" ", "")) > 4  # (not a column's name over a title: 财经观, 文化脉动)
        and not runs[gi + 1].starts_dateline()  # (a report of its own: 本报北京2月11日电)
    ]
    return {
        gi: True
        for gi in shaped
        if sum(abs(gj - gi) <= ALIKE_WITHIN for gj in shaped) >= 3  # (itself counted)
        and not _under_team_credit(runs[gi], groups[gi])  # (the first section of a feature under another's credits)
    }


def _deputies_sections(runs: list[Run], groups: list[Group]) -> dict[int, bool]:
    """Sections of one piece headed by a deputy's or a member's name and what they said (周义哲代表 / 不挣卖树钱 甘当
    护林人, 陈清霞委员 / 拥护国安立法 / 汇聚民心民意) over their text, three or more such groups near one another: on
    thirteen development and check folders 60 groups between paragraphs are so, all subheads in the records, 16 had been
    read as headlines.  A name with an office (北京市人民检察院检察长敬大力代表) is left to the model: in sets on the same
    folders 11 such groups open an article in the records.  Decided as subheads."""
    shaped = [
        gi
        for gi, g in enumerate(groups)
        if len(g.units) >= 2  # (the name and what they said)
        and _DEPUTY.fullmatch(g.units[0].text.replace(" ", "")) is not None
        and runs[gi + 1].paragraphs
    ]
    return {gi: True for gi in shaped if sum(abs(gj - gi) <= ALIKE_WITHIN for gj in shaped) >= 3}


_DEPUTY = re.compile(r"[\u4e00-\u9fff]{2,4}(?:代表|委员)")


_REPORTER = re.compile(r"\s*(?:本报(?:驻[^\s]{1,8})?记者|记者)")


def _commentary_column_over_title(g: Group) -> bool:
    """The group opens on a commentary column's name, a line of its own ending as the tags do (财经观, 今日谈, 红船观澜,
    金台锐评, 声音), over heading lines of eight characters or more (用金融改革助力实体经济): the column's piece and its
    title.  On the ten development folders the records make 763 of 764 such groups a boundary (16 had been read as two
    subheads); not a label opening on ■ (■专家观点), nor lines naming a speaker (亲历者说 / 程荣：中国社会科学院…研究员,
    a section's), nor a short phrase (细心观察 / 小景出大片, a section's two-line subhead)."""
    u = g.units
    if len(u) < 2 or not _column_like(u[0]):
        return False
    name = u[0].text.strip().replace(" ", "")
    if name.startswith("■") or _OPINION_TAG_END.search(name) is None:
        return False
    title = "".join(x.text.replace(" ", "") for x in u[1:] if x.kind == "heading")
    return len(title) >= 8 and "：" not in title and ":" not in title


def _tagged_headlines(groups: list[Group]) -> dict[int, bool]:
    """Heading groups holding a line that closes on a commentary column's tag (…实干成就未来（人民论坛）, …（大家手笔）,
    …（治理者说）, （民生观）, …（金台随感·“生态笔谈”①）): an article's title, never a subhead — in 人民日报 1,307 titles
    close so, no kicker or subtitle and one short paragraph (…（短评）); on the ten development folders 10 such groups
    had been read as subheads, all titles in the records.  (Not the tags of a report's own boxes, （记者手记）, （编后）,
    nor a speaker's office, （导演）.)  So is a group opening on such a column's name over a title
    (``_commentary_column_over_title``).  Decided as boundaries; where in the group the boundary falls is left to the
    programme."""
    out: dict[int, bool] = {}
    for gi, g in enumerate(groups):
        if _commentary_column_over_title(g):
            out[gi] = False
        for u in g.units:
            m = _OPINION_TAG.search(u.text)
            if m is not None and _OPINION_TAG_END.search(m.group(1)) is not None:
                out[gi] = False
    return out


def _field_groups(groups: list[Group]) -> dict[int, bool]:
    """Heading groups opening on a report's time or place (时间： / 2月24日 / 场合： / 江西省政府常务会议 under its first
    paragraph): body lines set short, never a headline (``_WHEN_WHERE_LABEL``).  Decided as subheads."""
    return {gi: True for gi, g in enumerate(groups) if g.units and _WHEN_WHERE_LABEL.match(g.units[0].text) is not None}


def _leads_open(runs: list[Run], groups: list[Group]) -> dict[int, bool]:
    """Heading groups over a body's lead label (核心阅读, 内容提要, 开栏的话, 编者按): the label heads an article's body,
    so the group holds that article's headline — on the ten development folders 25 such groups had been read as
    subheads, 19 of them where the records open an article and the rest under a headline's deck read as a paragraph
    (鲜花球茎年出口额达100亿欧元…; there too a boundary, placed by the programme, reads the page better: 25 pages
    better, 2 worse).  Decided as boundaries.  (A label met inside a run of paragraphs, under an editor's note's
    ——编者, has a virtual group of its own, decided as any.)"""
    return {
        gi: False
        for gi, g in enumerate(groups)
        if not g.virtual and runs[gi + 1].units and _LEAD_LABEL.match(runs[gi + 1].units[0].text) is not None
    }


_LEAD_LABEL = re.compile(r"\s*[□■◇◆●【\[]?\s*(?:核心阅读|内容提要|阅读提示|开栏的话|编者按)")


_OPINION_TAG = re.compile(r"（([^（）]{2,16})）\s*$")
_OPINION_TAG_END = re.compile(
    "(?:论坛|时评|快评|随笔|走基层|视点|手笔|随感|观察|钟声|谈|观澜|纵横|新论|新觉|视角|观|新语|聚焦|走笔|和音|见闻|声音|观点"
    "|锐评|说|之声|人语|漫步|评|眼|[①-⑳])$"
)


_DOCUMENT_FOLLOWS = re.compile(r"(?:全文|原文)如下[。：:]$")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百零〇\d]+[章编节](?:$|[\s\u3000])")


def _consistent_sets(runs: list[Run], groups: list[Group], choices: list[Choice], decide) -> list[Choice]:
    """Parallel subhead candidates read alike: a set the programme split (some subheads, some boundaries)
    is decided as a whole, whichever reading of the whole set scores better."""
    alike = _alike_groups(runs, groups, phrases=True)
    # (a set of many is read as one however wide its members: a compilation's items, 我们一定能战胜疫情 / 刘慈欣（…）)
    # (not one with a ——subtitle: a headline printed under its body, 创作应回答… / ——访电视剧《猎狐》总编剧…)
    short = {
        gi
        for gi in alike
        if _head_width(groups[gi]) <= SET_WIDTH
        or len(alike[gi]) + 1 >= WIDE_SET
        and not any(u.text.startswith("——") for u in groups[gi].units)
    }
    seen: set[int] = set()
    for gi in sorted(short):
        members = {gi} | {m for m in alike[gi] & short if m >= 0}
        if gi in seen or len(members) < 3:
            continue
        seen |= members
        # what the subhead model reads surely stands: a sure boundary is no member of a set of subheads (the
        # next article's title after the last of them), and a sure subhead is never made a boundary by its set
        # (a section under its own byline)
        # (nor is a group where the body's column changes width: the next article's headline, however alike)
        # (nor a document's title over its date line, a headline however alike, nor a group under credits)
        members = {
            m
            for m in members
            if _sure(groups[m]) is not False
            and _column_change(runs[m], runs[m + 1]) < COLUMN_CHANGE
            and not _document_dated(groups[m])
            and not _under_credits(runs[m], groups[m])
        }
        for part in _chains(sorted(members), choices) if len(members) >= 3 else []:
            if len(part) < 3 or len({choices[m].sub for m in part}) < 2:
                continue
            best: tuple[list[Choice], float] | None = None
            for as_sub in (True, False):
                if not as_sub and any(_sure(groups[m]) for m in part):
                    continue
                ch, sc = decide({m: as_sub for m in part})
                if best is None or sc > best[1]:
                    best = (ch, sc)
            assert best is not None  # (reading the set as subheads is always tried)
            choices = best[0]
    # sections of one compilation (X—— / title / byline / 时间：… / 地点：…), some read as subheads and some, a
    # lead-in on a line of its own taken for a kicker, as headlines: decided as a set too
    makes: dict[bool, list[int]] = {}
    for gi, g in enumerate(groups):
        lead_in = _section_lead_in(g)
        if lead_in is not None and gi not in seen:
            makes.setdefault(lead_in, []).append(gi)
    for sections in makes.values():
        if len(sections) < 3:
            continue
        for part in _chains(sections, choices):
            if len(part) < 3 or len({choices[m].sub for m in part}) < 2:
                continue
            whole: tuple[list[Choice], float] | None = None
            for as_sub in (True, False):
                ch, sc = decide({m: as_sub for m in part})
                if whole is None or sc > whole[1]:
                    whole = (ch, sc)
            assert whole is not None
            choices = whole[0]
    return choices


_SECTION_LABEL = re.compile(r"^(?:时间|地点|人物|镜头[一二三四五六七八九十]|讲述人)[:：]")


def _section_lead_in(g: Group) -> bool | None:
    """Is the group a compilation's section heading (three lines or more, one a label: 时间：…, 地点：…), and does it
    hold a lead-in (X——)?  None: no section heading.  Labels are sections', never an article's headline's."""
    if g.virtual or len(g.units) < 3:
        return None
    texts = [u.text.strip() for u in g.units if u.kind == "heading"]
    if not any(_SECTION_LABEL.match(t) for t in texts):
        return None
    return any(t.endswith("——") for t in texts)


def _sure(g: Group) -> bool | None:
    """What the subhead model (the text path's) reads surely of the group: True subhead, False boundary."""
    ss = g.scores.get("sub")
    if ss is None or abs(ss) < SET_SURE:
        return None
    return ss > 0


def _chains(members: list[int], choices: list[Choice]) -> list[list[int]]:
    """The set's members in runs not parted by a boundary outside the set: an article's subheads are read
    together, never with the next article's title (a short one-line title has their shape)."""
    chains = [[members[0]]]
    for a, b in zip(members, members[1:], strict=False):
        if any(not choices[g].sub for g in range(a + 1, b)):
            chains.append([])
        chains[-1].append(b)
    return chains


def _article_bodies(runs: list[Run], choices: list[Choice]) -> list[tuple[frozenset, frozenset]]:
    """For each group: the bigrams of the whole article before it and of the whole article after it."""
    article_of = [0]
    for ch in choices:
        article_of.append(article_of[-1] + (0 if ch.sub else 1))
    per_article: dict[int, list[frozenset[int]]] = {}
    for ri, run in enumerate(runs):
        per_article.setdefault(article_of[ri], []).append(run.bg())
    # (small: see ``Run.asked``); an article of one run keeps that run's own set, which ``_decide`` tells by
    # identity: its split scores are the first pass's
    body = {a: sets[0] if len(sets) == 1 else frozenset().union(*sets) for a, sets in per_article.items()}
    return [(body[article_of[gi]], body[article_of[gi + 1]]) for gi in range(len(choices))]


# --- building the articles ---------------------------------------------------------------------


@dataclass
class _Draft:
    head_before: list[Unit] = field(default_factory=list)
    head_after: list[Unit] = field(default_factory=list)
    body: list[Unit] = field(default_factory=list)  # paragraphs, subheads (kind "heading"), markers, captions

    def title_units(self) -> list[Unit]:
        return [u for u in self.head_before + self.head_after if _is_title_line(u)]


def _body_size_tail_opens_body(d: _Draft, body_size: float) -> None:
    """Body-size heading lines after a headline-size line at the end of a headline block are the body's
    first subhead (核心阅读 set under the title), not a subtitle."""
    hb = d.head_before
    j = len(hb)
    while j > 0 and hb[j - 1].kind == "byline":
        j -= 1  # (a first section's byline under its subhead goes with it)
    k = j
    while j > 0 and hb[j - 1].kind == "heading" and (hb[j - 1].lines[0].src.size or 0) <= BODY_SIZE_TOL * body_size:
        j -= 1
    if j < k and any((u.lines[0].src.size or 0) >= HEADLINE_SIZE * body_size for u in hb[:j]):
        d.body = hb[j:] + d.body
        d.head_before = hb[:j]


def _body_size_head_after_ends_body(d: _Draft, body_size: float) -> None:
    """Body-size heading lines after the body, before anything larger, are its last subhead."""
    ha = d.head_after
    j = 0
    while j < len(ha) and ha[j].kind == "heading" and (ha[j].lines[0].src.size or 0) <= AT_BODY * body_size:
        j += 1
    if j:
        d.body = d.body + ha[:j]
        d.head_after = ha[j:]


def _body_size_orphans_end_body(drafts: list[_Draft], body_size: float) -> None:
    """A draft of nothing but body-size heading lines, with no body and nothing larger, after another
    article (the page ends on ``——@Rob Cooper`` under the last quotation): no headline opens an article
    there; the lines are the last subheads of the article above."""
    for i in range(len(drafts) - 1, 0, -1):
        d = drafts[i]
        units = d.head_before + d.body + d.head_after
        if (
            units
            and not any(u.kind == "paragraph" for u in d.body)
            and all(u.kind == "heading" and (u.lines[0].src.size or 0) <= AT_BODY * body_size for u in units)
            and any(u.kind == "paragraph" for u in drafts[i - 1].body)
            and not drafts[i - 1].head_after
        ):
            drafts[i - 1].body += units
            del drafts[i]


def _first_section_subhead(d: _Draft) -> None:
    """A compilation (新春走基层…) prints its first section's subhead and byline right under the title:
    when the body holds at least two sections of that shape (subhead lines, then a byline), the last
    box of the headline is the first section's subhead, not a subtitle."""
    hb = d.head_before
    box = _section_tail(hb) or _unblanked_section_tail(hb)
    if not box and len(hb) >= 3 and _author_at(d.body, 0):
        # … or over a foreign author's line read as the body's first paragraph (我们都看到了中国的发展机遇 /
        # （意大利）米凯莱·杰拉奇): the heading line right over it
        box = hb[_wrapped_box_start(hb, len(hb) - 1) :]  # (with its line above, 中国是维护多边主义的中 / 坚力量)
    if not box:
        _first_lead_in_section(d)
        return
    tail = 1 if hb[-1].kind == "byline" else _foreign_author(hb, len(hb))
    j = len(hb) - tail - len(box)
    lead = _lead_in_box(hb, j)
    width = sum(u.lines[0].width for u in box)
    sections = 0
    body = d.body
    i = 0
    while i < len(body):
        # a section's byline, or its foreign author's line (of one heading unit or two)
        kind = body[i].kind
        n = 1 if kind == "byline" else 0
        if kind in ("heading", "paragraph"):
            n = _author_at(body, i)
        if n and i > 0 and body[i - 1].kind == "heading":
            k = i
            while k > 0 and body[k - 1].kind == "heading":
                k -= 1
            if lead:
                # the section's own lead-in (河北廊坊定点救治医院一线医生陈玉兰——) over its subhead
                k = next((m + 1 for m in range(i - 2, k - 1, -1) if body[m].text.endswith("——")), i)
            w = sum(x.lines[0].width for x in body[k:i])
            sections += k < i and abs(w - width) <= 0.4 * max(w, width)
        i += max(n, 1)
    if P.BYLINE_MARK.match(hb[-1].text) and not any(u.kind == "byline" and P.BYLINE_MARK.match(u.text) for u in body):
        # (□本报记者 X under the box, and the sections' bylines unmarked: a section's byline prints as its siblings'
        # do, so the marked one is the article's, and the box over it its title: 人民眼·疫情防控 / 战斗在社区疫情防控第一线 /
        # □本报记者 X over sections each closing on 本报记者 Y)
        return
    if sections >= 2:
        j -= lead
        d.body = hb[j:] + d.body
        d.head_before = hb[:j]


def _first_lead_in_section(d: _Draft) -> None:
    """A feature of sections each opened by its speaker's lead-in and a subhead, no byline (香港专业人士（北京）/
    协会理事郑智发—— / 让香港永葆东方之珠的光彩), prints its first section's two boxes right under the title: when
    the body holds two sections or more of that shape, they open the body (the lead-in had joined the title as its
    kicker)."""
    hb = d.head_before
    k = max((i for i, u in enumerate(hb) if u.blank_before), default=0)
    if k == 0 or len(hb) - k > 2 or any(u.kind != "heading" for u in hb):
        return
    lead = _lead_in_box(hb, k)
    if not lead:
        return
    width = sum(u.lines[0].width for u in hb[k:])
    said = len(_text(hb[k - lead : k]))  # (a speaker's lead-in, as long as the others': not 更顺畅—— under 今年春运——)
    sections, body = 0, d.body
    for s, e in _heading_runs(body):
        m = next((i for i in range(e - 2, s - 1, -1) if body[i].text.endswith("——")), None)
        if m is not None and e < len(body) and body[e].kind == "paragraph":
            w = sum(x.lines[0].width for x in body[m + 1 : e])
            n = len(_text(body[next((i for i in range(m, s - 1, -1) if body[i].blank_before), s) : m + 1]))
            sections += abs(w - width) <= 0.4 * max(w, width) and 2 * min(n, said) >= max(n, said)
    if sections >= 2:
        d.body = hb[k - lead :] + d.body
        d.head_before = hb[: k - lead]


def _lead_in_box(units: list[Unit], j: int) -> int:
    """How many heading units right above ``units[j]`` make a box ending on —— under a title: a section's lead-in
    over its subhead (江西大余县疾控中心医师 / 蒋金波—— / 忘我投入，用生命诠释担当), 0 if there is none."""
    s = j
    while s > 0 and units[s - 1].kind == "heading":
        s -= 1
        if units[s].blank_before:
            break
    if s == j or j - s > 3 or not units[s].blank_before or not _text(units[s:j]).endswith("——"):
        return 0
    return j - s if any(_is_title_line(u) for u in units[:s]) else 0


def _pull_quotes(units: list[Unit]) -> bool:
    """Heading boxes that are each a long sentence with a comma or semicolon in it: pull quotes, not a headline
    (``只有建立健全责任清单，划定…，才能防止…``)."""
    heads = [u for u in units if u.kind == "heading"]
    if not heads or any(u.kind not in ("heading", "byline", "names") for u in units):
        return False
    boxes: list[str] = []
    for i, u in enumerate(heads):
        if i == 0 or u.blank_before:
            boxes.append("")
        boxes[-1] += u.text
    return all(len(b) >= PULL_QUOTE_CHARS and any(c in b for c in "，；") for b in boxes)


PULL_QUOTE_CHARS = 20


def _quote_paragraphs(units: list[Unit]) -> list[Unit]:
    """Pull quotes as paragraphs: one for each box, or where a line stops short of the others."""
    lines = [(u.blank_before and i > 0, ln) for i, u in enumerate(units) for ln in u.lines]
    full = max(ln.width for _, ln in lines)
    paras: list[list[PLine]] = []
    short = True
    for apart, ln in lines:
        if short or apart:
            paras.append([])
        paras[-1].append(ln)
        short = ln.width < 0.8 * full
    return [Unit("paragraph", p) for p in paras]


def _quotes_over_commentary(d: _Draft) -> bool:
    """Pull quotes over the body (their first line a clause, ending on ，; none leading in with —— or closing on a
    column's tag) and, printed after it, a headline opening on a column's name (民生观, 国际论坛, 人民时评): a
    commentary's, whose text the quotes open."""
    heads = [u for u in d.head_before if u.kind == "heading"]
    after = next((u for u in d.head_after if u.kind == "heading"), None)
    return (
        after is not None
        and len(d.head_after) >= 2
        and bool(heads)
        and "，" in heads[0].lines[0].text
        # (…党员带头上（深度关注）: a title; …发布研究报告—— : a kicker)
        and not any("——" in u.text or _TAGGED.search(u.text.strip()) for u in heads)
        and _pull_quotes(d.head_before)
        and _column_name_shaped(after.text.strip().replace(" ", ""))
    )


# a short commentary's column (快评, 人民时评, 暖闻热评, 短评): in 人民日报 2019–2020 the tag of 153 titles, of no kicker or
# subtitle; print sets it as a label over the title
_COMMENT_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,2}(?:快评|短评|时评|热评|微评)")


def _comment_columns_open_articles(drafts: list[_Draft]) -> list[_Draft]:
    """A commentary's column line inside a headline block, under another headline and over a title (来自疫情防控一线的
    报道 / 战“疫”一线的青春影像 / 版式设计 / 蔡华伟 / 快评 / “90后”，好样的！ over the commentary): two articles, the
    first a photo report with no text of its own, the second the commentary.  The lines had all been read as one
    headline, the commentary's column and title its subtitle."""
    out: list[_Draft] = []
    for d in drafts:
        hb = d.head_before
        k = next(
            (
                i
                for i in range(len(hb) - 1)
                if _COMMENT_COLUMN.fullmatch(hb[i].text.strip()) is not None
                and hb[i + 1].kind == "heading"
                # (a headline of its own above it, not a series' name alone, 来自疫情防控一线的报道 / 快评 / …, nor a byline)
                and any(u.kind == "heading" and _GENRE_END.search(u.text.strip()) is None for u in hb[:i])
            ),
            None,
        )
        if k is not None:
            out.append(_Draft(head_before=hb[:k]))
            d.head_before = hb[k:]
        out.append(d)
    return out


def _split_double_titles(drafts: list[_Draft]) -> list[_Draft]:
    """An article that got a headline before *and* after its body holds two articles: cut where the words change."""
    out: list[_Draft] = []
    for n_d, d in enumerate(drafts):
        if _pull_quotes(d.head_before) and any(u.text.startswith("——") for u in d.head_after if u.kind == "heading"):
            # a commentary's pull quotes over its body, its headline (title, ——subtitle) printed after it: the
            # quotes open the body, they are no headline of another article
            d.body = [u for u in d.head_before if u.kind == "heading"] + d.body
            d.head_before = [u for u in d.head_before if u.kind != "heading"]  # (a byline stays the article's)
        if d.head_after and d.head_before and _BRACKET_OPENS.match(d.head_before[-1].text):
            # 【人物】第二十次春节值班的民警赵志万 over a body, the headline printed after it (暖闻热评 / 用警徽筑起安全防线): a
            # labelled paragraph opens the body (in 人民日报 101 paragraphs open on 【…】, no kicker, title or subtitle)
            d.body = [Unit("paragraph", d.head_before[-1].lines, d.head_before[-1].blank_before), *d.body]
            d.head_before = d.head_before[:-1]
        elif _quotes_over_commentary(d):
            # … and its headline printed after it under the commentary column's name (民生观 / 学习，帮您推开一扇门): the
            # quotes are its first paragraphs, the whole body its own
            d.body = _quote_paragraphs([u for u in d.head_before if u.kind == "heading"]) + d.body
            d.head_before = [u for u in d.head_before if u.kind != "heading"]
        if (
            d.head_before
            and d.head_after
            and all(u.kind == "heading" for u in d.head_before)
            and (
                _author_at(d.body, 0)
                # (the feature's headline printed at the foot: names under the body are no headline)
                or _foreign_author(d.head_before, len(d.head_before))
                and any(_is_title_line(u) for u in d.head_after)
            )
        ):
            # the body opens on a foreign author's line, or the heading over it ends on one: the heading is the first
            # section's subhead (and its author), and the headline printed after the body the whole feature's
            # (风从东方来 pages print it at their foot)
            d.body = d.head_before + d.body
            d.head_before = []
        tb = [u for u in d.head_before if _is_title_line(u)]
        ta = [u for u in d.head_after if _is_title_line(u)]
        if ta and _closing_heads(d.head_after):
            ta = []  # (版式设计 / 沈亦伶, （本报记者 吴齐 / 强整理）: lines closing the body, no headline)
        if tb and ta and _first_of_alike_subheads(d.head_before, d.body):
            # a lone heading line over a body whose subheads it is shaped like (海外中国年味别样浓 over …中国春节成为多国
            # 公共假日…普天同庆增进中外友情): the body's first subhead, the whole body the headline's printed after it
            d.body = d.head_before + d.body
            d.head_before = []
            tb = []
        paras = [i for i, u in enumerate(d.body) if u.kind == "paragraph"]
        nxt = drafts[n_d + 1] if n_d + 1 < len(drafts) else None
        if tb and ta and len(paras) < 2 and nxt is not None and not nxt.title_units():
            # one paragraph cannot be cut: the second headline opens the untitled article below instead
            nxt.head_before = d.head_after + nxt.head_before
            d.head_after = []
        if not (tb and d.head_after and ta) or len(paras) < 2:
            out.append(d)
            continue
        # (word pairs both headlines hold lean to neither: a series' name printed over each, 统筹抓好…各项工作,
        # would pull the other article's paragraphs that use its words, 推进工作, to the first)
        hb = bigrams("".join([u.text for u in d.head_before if u.kind == "heading"]))
        ha = bigrams("".join([u.text for u in d.head_after if u.kind == "heading"]))
        bb = bigrams("".join(u.text for u in tb)) - ha
        ba = bigrams("".join(u.text for u in ta)) - hb
        # each paragraph leans to the headline whose words it shares more of; the cut keeps the leanings
        # on their sides (a change point), helped by a line closing the body before it or a dateline after it
        lean = []
        for i in paras:
            pb = bigrams(d.body[i].text)
            lean.append(len(bb & pb) / max(1, len(bb)) - len(ba & pb) / max(1, len(ba)))
        total = sum(lean)
        # a lone heading line over the body, nothing else (a photo's title, 比比谁更快; a column's name, 微阅读), may head
        # no text of its own: the whole body may go to the headline printed after it
        best, best_j, left = (LONE_HEAD_CUT - total, 0, 0.0) if len(d.head_before) == 1 else (NEG, paras[1], 0.0)
        texts = [d.body[i].text for i in paras]
        closing = [_closes_body(t) for t in texts]
        for n, j in enumerate(paras[1:], 1):
            left += lean[n - 1]
            sc = left - (total - left)
            # … and where the words change: the text either side of the cut shares few word pairs
            above = bigrams("".join(texts[:n])[-EDGE_CHARS:])
            below = bigrams("".join(texts[n:])[:EDGE_CHARS])
            sc -= CUT_COHESION * len(above & below) / max(1, min(len(above), len(below)))
            if _dated(d.body[j].text):
                sc += 0.5
            if closing[n - 1]:
                sc += 0.5
            if sc > best:
                # (a cut under a line closing a body falls right under it: headings between it and the next
                # paragraph open the text below)
                best, best_j = sc, paras[n - 1] + 1 if closing[n - 1] else j
        if len(d.head_after) == 1 and total + LONE_HEAD_CUT > best:
            # (… and a lone heading line printed after it, a photo's title, may take none of it)
            best, best_j = total + LONE_HEAD_CUT, len(d.body)
        opener = next((i for i in range(1, len(d.body)) if _opens_a_body(d.body, i)), None)
        if d.body[0].kind == "paragraph" and _closes_body(d.body[0].text):
            # the body opens on a line closing one (版式设计：张丹峰 under a photo spread's headline): that article
            # ends there, whatever words the text under it shares with its headline
            opener = 1
        if opener is not None:
            # 核心阅读 after a paragraph: the lead opening the body of the article headlined at the foot, the cut
            best_j = opener
        if (
            _only_closing(d.body[best_j:])
            and _pull_quotes(d.head_before)
            and all(u.kind == "heading" and " " not in u.text.strip() for u in d.head_before)
            and not any(_LEAD_IN.search(u.text) for u in d.head_before)  # (…坚守岗位—— introduces a title)
        ):
            # the cut would leave the headline at the foot only the lines closing the body ((作者为…), 版式设计):
            # the headline is this article's, and the sentences over the body its pull quotes, the body's first
            # paragraphs as 人民日报 keeps them (commentaries under 新语, 新论, 一线行走: on the check folders 8 of 8)
            d.body = _quote_paragraphs(d.head_before) + d.body
            d.head_before = []
            out.append(d)
            continue
        if (
            nxt is None  # (the page's last headline, at its foot)
            and all(_signs_off(u.text) for u in d.body[best_j:] if u.kind == "paragraph")
            and all(u.kind == "heading" for u in d.head_before)
            and sum(u.kind == "heading" for u in d.body) >= 2
            and len(ta) >= 2
        ):
            # the cut leaves the headline after a body in sections only the lines that sign the body off
            # ((本报记者 X、Y)): one article, its headline printed under it, the one before its first section's subhead
            d.body = [u for u in d.head_before if u.kind == "heading"] + d.body
            d.head_before = [u for u in d.head_before if u.kind != "heading"]
            out.append(d)
            continue
        if _only_closing(d.body[best_j:]):
            # (the lines closing the body stay with it: a headline at the foot with nothing under it but them heads
            # no body of its own here, 微阅读 printed under its last item's （据新华社…电）)
            best_j = len(d.body)
        elif 1 < best_j < len(d.body) and _lead_quote(d.body[best_j - 1]):
            # a pull quote right over the cut (中喀、中非关系是经得起考验的，任何破坏企图都注定是徒劳的) leads the text under it,
            # a commentary's: no article ends on a sentence left unfinished
            best_j -= 1
        out.append(_Draft(d.head_before, [], d.body[:best_j]))
        out.append(_Draft([], d.head_after, d.body[best_j:]))
    return out


def _lead_quote(u: Unit) -> bool:
    """A short text of clauses (``PULL_QUOTE_CHARS`` to ``LEAD_CHARS`` characters) that ends on no sentence mark and
    closes nothing: a pull quote.  (On the development folders: 6 pages better, none worse; without the comma, 1 more
    better and 1 worse; with no lower bound, a numbered heading read as a paragraph moves, 1 worse.)"""
    t = u.text.strip()
    return (
        PULL_QUOTE_CHARS <= len(t) <= LEAD_CHARS
        and "，" in t
        and t[-1] not in "。！？”…；：:"
        and not P.closes_article(t)
    )


def _first_of_alike_subheads(head: list[Unit], body: list[Unit]) -> bool:
    """``head`` is one heading line over a body opening on a paragraph, no dateline (本报杭州2月26日电: a news lead under
    its own title) nor a lead label (核心阅读), and shaped like ``ALIKE_SUBHEADS`` of the body's subheads or more: each a
    heading line alone between paragraphs (or with the few cells a narrow column's edge wrapped under it), as wide as it
    within ``ALIKE_WIDTH`` (the test ``_alike_groups`` makes of a page's subhead candidates)."""
    if len(head) != 1 or not body or body[0].kind != "paragraph" or P.opens_with_dateline(body[0].text):
        return False
    w = max(ln.width for ln in head[0].lines)
    n = 0
    i = 1
    while i < len(body) - 1:
        # (a subhead wrapped at a narrow column's edge, 中国春节成为多国公共假 / 日, is two heading lines here: one group)
        j = i + 1 if body[i].kind == "heading" else i
        if j < len(body) - 1 and body[j].kind == "heading" and max(ln.width for ln in body[j].lines) <= WRAPPED_TAIL:
            j += 1
        if j > i and body[i - 1].kind == "paragraph" and j < len(body) and body[j].kind == "paragraph":
            v = max(ln.width for u in body[i:j] for ln in u.lines)
            n += abs(v - w) <= ALIKE_WIDTH * max(v, w)
        i = max(j, i + 1)
    return n >= ALIKE_SUBHEADS


ALIKE_SUBHEADS = 2
ALIKE_WIDTH = 0.4


def _closing_heads(units: list[Unit]) -> bool:
    """Heading lines that together read as a line closing a body (a credit or an author's line broken over two)."""
    return _closes_body("".join([u.text.strip() for u in units if u.kind == "heading"]))


def _closes_body(text: str) -> bool:
    """A short line closing a body (``P.closes_article``), not a sentence that happens to hold a contact's word
    (…打来的电话：“字典出来了。”)."""
    return 0 < len(text) <= CLOSING_CHARS and text[-1] not in "。！？”" and P.closes_article(text)


def _continued_apart(drafts: list[_Draft]) -> list[_Draft]:
    """A （上接第X版） marker inside a body, under paragraphs of its own: the text under it goes on an article from
    another page, never the one above it here.  The headline printed under the body is the continued
    article's (one printed over it would have opened a draft of its own)."""
    out = []
    for d in drafts:
        i = next(
            (
                i
                for i, u in enumerate(d.body)
                if _marker_kind(u) == "from" and any(v.kind == "paragraph" for v in d.body[:i])
            ),
            None,
        )
        if i is None:
            out.append(d)
            continue
        out.append(_Draft(d.head_before, [], d.body[:i]))
        out += _continued_apart([_Draft([], d.head_after, d.body[i:])])
    return out


def _only_closing(units: list[Unit]) -> bool:
    """Are the paragraphs of ``units`` all short lines closing a body ((作者为…), 版式设计：…)?  (A notice that gives a
    contact in its text is no closing line.)"""
    return all(len(u.text) <= CLOSING_CHARS and P.closes_article(u.text) for u in units if u.kind == "paragraph")


CLOSING_CHARS = 80


# (本报记者彭波、汪志球、郑海鸥): the reporters who wrote the body above, signing it off
_REPORTERS_SIGNATURE = re.compile(r"^[（(](?:本报)?记者[^（）()]{2,60}[）)]$")


def _signs_off(text: str) -> bool:
    """A line that closes a body: a closing dateline or note, a told-to or reporters' signature, a credit."""
    return bool(
        P.CLOSING.match(text)
        or _TOLD_TO_LINE.match(text)
        or _REPORTERS_SIGNATURE.match(text)
        or P.CREDIT_LABEL.match(text)
    )


def _below_dash_subtitle(boxes: list[list[Unit]], blanks: bool) -> list[Unit]:
    """A ——subtitle is its headline's last box: the heading boxes set under it, over the body (a pull quote,
    a first section's subhead with its speaker), open the body.  They are taken off ``boxes`` and returned
    (another ——subtitle or a date under it stays)."""
    s = next((i for i, b in enumerate(boxes) if i >= 1 and b[0].text.startswith("——")), None)
    if s is None or len(boxes) <= s + 1:
        return []
    if not blanks and len(_text(boxes[s]).replace(" ", "")) <= DASH_SUBTITLE_SHORT:
        # (without blank lines the boxes are guessed: a ——subtitle this short goes on in the next box,
        # ——写在北京 / 冬奥会开幕倒计时三周年之际)
        boxes[s : s + 2] = [boxes[s] + boxes[s + 1]]
    elif not blanks and _dash_subtitle_wrapped(boxes, s):
        boxes[s : s + 2] = [boxes[s] + boxes[s + 1]]
    j = s + 1
    while j < len(boxes) and (boxes[j][0].text.startswith("—") or P.DATE_SUBTITLE.match(_text(boxes[j]))):
        j += 1
    below = [u for b in boxes[j:] for u in b]
    del boxes[j:]
    return below


def _dash_subtitle_wrapped(boxes: list[list[Unit]], s: int) -> bool:
    """Without blank lines, the one-line box right under a long ——subtitle, over the body, is the subtitle's
    wrapped end (——写在十九届中央纪委 / 四次全会召开之际): no shorter than the subtitle's line, no clause mark,
    no lead-in."""
    if s + 2 != len(boxes) or len(boxes[s]) != 1 or len(boxes[s + 1]) != 1:
        return False
    head, tail = boxes[s][0].text.replace(" ", ""), boxes[s + 1][0].text.replace(" ", "")
    return (
        len(tail) <= len(head)
        and not any(c in tail for c in "，。！？：；,;:")
        and not tail.endswith("——")
        and not any(c in head for c in "。！？")
    )


_ITEM_BULLETS = frozenset("●◆▲")  # (not ■, which marks a label too: ■记者手记 over a closing section; see ``_BULLETS``)


def _bulleted_items_open_body(boxes: list[list[Unit]]) -> list[Unit]:
    """A box opening on a bullet (●认真揉搓双手至少15秒… under a title) and the boxes after it
    open the body: in 人民日报 2019–2020 no kicker or title opens so, and 2 subtitles of 1,500 (a summary's points).
    They are taken off ``boxes`` and returned."""
    s = next((i for i, b in enumerate(boxes) if b[0].text.lstrip()[:1] in _ITEM_BULLETS), None)
    if s is None:
        return []
    below = [u for b in boxes[s:] for u in b]
    del boxes[s:]
    return below


def _bracket_labels_open_body(boxes: list[list[Unit]]) -> list[Unit]:
    """A box in brackets under the headline (【人物】“疫情上报第一人”张继先 over 【故事】…) and the boxes after it open the
    body: in 人民日报 101 body paragraphs open on such a label, no kicker, title or subtitle.  They are taken off
    ``boxes`` and returned."""
    s = next((i for i, b in enumerate(boxes) if i >= 1 and b[0].text.lstrip().startswith("【")), None)
    if s is None:
        return []
    below = [u for b in boxes[s:] for u in b]
    del boxes[s:]
    return below


# a labelled field opening a piece's body (时间：5月24日下午 / 日程：习近平总书记参加湖北代表团审议, 场合：…, 地点：…):
# in 人民日报 2019–2020, 70 body paragraphs open so, no kicker, title or subtitle; so does a role's label (提案人：…,
# 主持人：…, 写信人：…, 追梦人：…: 45 paragraphs, no kicker, title or subtitle)
_FIELD_LABEL = re.compile(r"\s*(?:时间|地点|场合|日程|人物|[\u4e00-\u9fff]{1,3}人)[：:]")
# … of them, the time and place of what a piece reports: a line of its own amid the body (时间： / 2月24日 under the
# report's first paragraph), never a headline's
_WHEN_WHERE_LABEL = re.compile(r"\s*(?:时间|地点|场合|日程)[：:]")
# the line of an order a law or regulation is published under (中华人民共和国主席令, 中华人民共和国国务院令), over its
# number (第724号): in 人民日报 2019–2020 it opens the body of 9 records under the law's title, and is the title of 2,
# the order printed on its own
_ORDER_LINE = re.compile(r"中华人民共和国[\u4e00-\u9fff]{1,10}令")


def _order_opens_body(boxes: list[list[Unit]]) -> list[Unit]:
    """An order's line under a headline's first line (保障农民工工资支付条例 / 中华人民共和国国务院令 / 第724号, or under
    the law's date line) and all under it open the body; they are taken off ``boxes`` and returned.  Without blank
    lines the box model may have joined it to the title: the line is looked for inside the boxes."""
    at = [(i, k) for i, b in enumerate(boxes) for k in range(len(b))]
    s = next((p for p in at[1:] if _ORDER_LINE.fullmatch(boxes[p[0]][p[1]].text.replace(" ", ""))), None)
    if s is None:
        return []
    i, k = s
    below = boxes[i][k:] + [u for b in boxes[i + 1 :] for u in b]
    del boxes[i + 1 :]
    del boxes[i][k:]
    if not boxes[i]:
        del boxes[i]
    return below


def _field_labels_open_body(boxes: list[list[Unit]]) -> list[Unit]:
    """A box opening on a labelled field under the headline (``_FIELD_LABEL``) and the boxes after it open the body;
    they are taken off ``boxes`` and returned."""
    # (the first box too: a piece whose headline is printed after its body opens on its fields, 时间：5月23日上午 /
    # 日程：…, with no headline over them)
    s = next((i for i, b in enumerate(boxes) if _FIELD_LABEL.match(b[0].text)), None)
    if s is None:
        return []
    below = [u for b in boxes[s:] for u in b]
    del boxes[s:]
    return below


def _echoed_lead(boxes: list[list[Unit]], body: list[Unit]) -> list[Unit]:
    """The last box over the body, when it is a sentence of the body printed large as its lead (a pull quote:
    ``只要真管真严、敢管敢严，就能抓出常态、抓出长效`` over the paragraph that says it again, with its full stop):
    taken off ``boxes`` and returned as the body's first paragraph.  In 人民日报 such a lead (20 characters or more,
    a comma, no full stop) recurs word for word in the body below it 296 times, a subtitle of that shape 24;
    of 20 to 60 characters with no ；, and not a meeting's agenda (听取…, 部署…), 2019's pages print 94 such leads
    and no such subtitle.  A commentary's summary lead need not recur (改革春风唤醒的，是涌动在每一个角落的创造活力…
    under 人民时评's title): of 30 to 60 characters with a comma, and no figure, ；, ——, agenda, attendance or tag,
    人民日报 2019–2020 prints 167 first paragraphs echoed nowhere below and 5 subtitles.  (An echoed lead may hold
    a ；: the body saying it again settles it.)"""
    t = _text(boxes[-1]).replace(" ", "")
    if not PULL_QUOTE_CHARS <= len(t) <= LEAD_CHARS or t[-1] in "。！？" or t.startswith("—") or "，" not in t:
        return []
    if _AGENDA.match(t):
        return []
    if t.lstrip("■●") not in "".join([u.text.replace(" ", "") for u in body if u.kind == "paragraph"]) and (
        "；" in t
        or "——" in t  # (a lead-in and its quotation: 社区党委书记王琼—— / “作为带头人，就要往前冲”)
        or not UNECHOED_LEAD_CHARS <= len(t) <= LEAD_CHARS
        or _DIGIT.search(t) is not None
        or _AGENDA.search(t) is not None
        or _TAGGED.search(t) is not None
        or _ATTENDANCE.search(t) is not None
    ):
        return []
    return [Unit("paragraph", [ln for u in boxes.pop() for ln in u.lines])]


_AGENDA = re.compile("(?:听取|确定|部署|决定|通过|研究|审议|要求|强调)")  # what a meeting did: its subtitle sums it up
UNECHOED_LEAD_CHARS = 30  # (shorter, the box reads as a subtitle as often: 多部门出台政策措施，帮助企业复工复产渡难关)
LEAD_CHARS = 60  # (a longer one, or one of clauses in ；, sums up a meeting's decisions: a subtitle)
DASH_SUBTITLE_SHORT = 9  # characters, —— included: a ——subtitle is rarely shorter (——记…, ——访…)


class _BodyPairs:
    """The bigrams of an article's paragraphs, worked out when first asked: most headlines never ask."""

    __slots__ = ("units", "pairs")

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.pairs: frozenset[int] | None = None

    def text(self) -> str:
        """The paragraphs' text, joined (asked where the box model would break a headline's lines)."""
        return "".join([u.text for u in self.units if u.kind == "paragraph"])

    def __call__(self) -> frozenset[int]:
        pairs = self.pairs
        if pairs is None:
            pairs = self.pairs = bigrams("".join([u.text for u in self.units if u.kind == "paragraph"]))
        return pairs


def _assign_head(
    a: Article,
    units: list[Unit],
    unassigned: list[str],
    blanks: bool = True,
    body: _BodyPairs | None = None,
    before_body: bool = True,
    series: frozenset[str] = frozenset(),
    chunk_blanks: bool = False,
) -> list[Unit]:
    """Roles inside a headline block: column banner, kicker, title, subtitle, byline.  ``body``: the bigrams of
    the article's paragraphs, on demand (the box model reads which lines echo them; the column rules and model
    how much of a box they repeat).  ``chunk_blanks``: the page's blank lines fall between column chunks only
    (pdftotext), not before paragraphs.  Returns the
    heading boxes set under a ——subtitle over the body (``before_body``), which open the body: a ——subtitle
    is its headline's last box."""
    bylines = [u for u in units if u.kind in ("byline", "names")]
    if bylines:
        a.byline = (
            " ".join(u.text for u in bylines) if not a.byline else a.byline + " " + " ".join(u.text for u in bylines)
        )
        for u in bylines:
            a.authors += [n for n in P.names_in(u.text) if n not in a.authors]
    heads = [u for u in units if u.kind == "heading"]
    if not heads:
        return []
    if not blanks:
        # no blank lines: the lines of a heading the reflow ran together (a kicker over its title, a title over
        # its ——subtitle) need not be one box; the box model is asked between each two of its lines
        heads = [Unit("heading", [ln]) if len(u.lines) > 1 else u for u in heads for ln in u.lines]
    # boxes: a blank line separates kicker, title and subtitle; lines of one box belong together
    boxes: list[list[Unit]] = []
    for i, u in enumerate(heads):
        if (
            not boxes
            or u.blank_before
            or u.text.startswith("——")
            and u.text.strip() != "——"  # (a dash alone, pushed down from the line above, ends that line's box)
            and not _same_box_size(boxes[-1][-1], u)
            # (a writer's place and name is a box of its own: 用真情传承医者仁心 / 何 娟; see ``_reader_columns``)
            or P.is_reader_author(u.text)
            and not P.is_single_name(u.text.strip())  # (高质量 and its like begin on a surname too)
            and not P.is_reader_author(boxes[-1][-1].text + u.text)  # (the place on the line above: 山西太原市 / 刘 洪)
            or not blanks
            # (a column's tag on a line of its own, （患难见真情 共同抗疫情）, goes on the title above it: 人民日报 appends
            # the tag to the title; a date in brackets is a document's subtitle)
            and not _tag_opens(heads, i)
            and (
                # (a leader who attends or chairs opens the subtitle: …举行视频会议 / 汪洋出席12名委员作大会发言)
                _NAMED_ATTENDANCE.match(u.text) is not None
                and not _LEAD_IN.search(boxes[-1][-1].text)
                # (a line that ends introducing what follows ends its box: 周强强调 / 推动建设更高水平…; no title
                # of 人民日报 ends on 强调 and its like, 200 kickers on 强调 alone)
                or _VERB_LEAD_IN.search(boxes[-1][-1].text) is not None
                # (and so does one saying who issues what: 文旅部发布《国家级旅游度假区管理办法》 / 旅游度假区迈向…;
                # on the raw check pages a first headline line ending so is a whole kicker 21 times in 21)
                or _ISSUER.search(boxes[-1][-1].text) is not None
                # (so does a first line of two characters set apart, a place: 海 南 / 多举措抓好春耕, 4 times in 4)
                or len(boxes) == 1
                and len(boxes[0]) == 1
                and _SPACED_PAIR.match(boxes[0][0].text.strip()) is not None
                # (so does a first line of a name and a colon, 许庆： / 保护战友 壮烈牺牲: in 人民日报 74 kickers are such a
                # name alone, no title or subtitle is)
                or _named_lead_in(boxes[-1][-1].text)
                # (a first line naming the occasion ends its box: 就中越建交70周年 / 习近平同越共中央…; on the raw check
                # pages a whole kicker 4 times in 5, the fifth going on with 的: 当代文学作品中 / 的童年书写)
                or len(boxes) == 1
                and len(boxes[0]) == 1
                and _OCCASION.match(boxes[0][0].text.strip()) is not None
                and not _runs_on(boxes[0][0].text, u.text)
                and u.text.lstrip()[:1] not in _NO_START
                # (a column's label ends its box: 评论员观察 / 记者探营 over a headline)
                or P.REPORTER_LABEL.match(boxes[-1][-1].text.strip()) is not None
                # (so does a banner the extractor shows offset, and one opens a box: 看台人语 / 用形体营 / 造诗意)
                or _is_banner(u)
                or _is_banner(boxes[-1][-1])
                # (a line closing its clause on 了 ends its box: 江苏省徐州市铜山区乡村游火了 / 好风景变成好“产品”; not
                # one whose verb takes what follows, 尼日利亚有了 / 首条“双线”铁路)
                or _clause_closed(boxes[-1][-1].text)
                and not u.text.startswith("——")
                and u.text.lstrip()[:1] not in _NO_START  # (一禁了 / 之: an idiom broken)
                # (a first line naming a county, city or village opens the headline as its kicker: 新疆阿瓦提县 /
                # 线上培训助增收, 天津高新区 / 真招实招防疫…, unless a name or office runs on: 湖南省株洲市 / 市长…;
                # so does one alone under a box already ended, a column's name: 新春走基层·… / 青海黄南同仁县 /
                # 文化扶贫结硕果; on the raw development folders such a line ends its box 10 times in 12.  A word of the
                # dictionary across the break joins the boxes again below, 湖南长沙县 / 域经济…; a word the segmenter's
                # hidden model makes of the place's last character and what follows, 湖北西陵峡村 / 高峡平湖… read
                # 村高峡, does not)
                or len(boxes[-1]) == 1
                and _PLACE.match(boxes[-1][0].text.replace(" ", "")) is not None
                and _OFFICE.match(u.text) is None
                or _box_break(heads, i, body() if body else None)
                # (unless the body has the characters across the break in a row: one phrase, see ``_echoed_in``)
                and not (body is not None and _echoed_in(boxes[-1][-1].text, u.text, body.text()))
            )
        ):
            boxes.append([u])
        else:
            boxes[-1].append(u)
    if not blanks:
        boxes = _rewrapped(boxes, heads, body)
        # (a box that ends on a word no headline ends on, 对 / 同 / 的 / 将, goes on in the next: 澳总理宣布对 /
        # 林火灾害展开最高级别调查, 李克强同 / 老挝总理通伦举行会谈; 16 of 14,800 heading boxes of 人民日报 end so;
        # so does one broken mid-word, 在明 / 媚的春光里 — but not a series' name joined by a dot, a column's over
        # the title, whose words may run on by chance: 新时代·面孔 / 识别…)
        k = 0
        while k + 1 < len(boxes):
            upper = _text(boxes[k])
            if (
                (
                    _ends_open(upper)
                    # (nor does one ending on a figure whose unit opens the next, 从代中央管理党费中划拨10800 / 万元用于…, or
                    # on a pause, 长江水生生物保护， / 与时间赛跑: no kicker, title or subtitle of 人民日报 ends on ， or 、)
                    or _unit_goes_on(boxes[k][-1].lines[-1], boxes[k + 1][0].lines[0])
                    or upper.rstrip()[-1:] in _PAUSES
                    or _opens_bound(_text(boxes[k + 1]))
                    # (a province and a colon, 辽宁： / 免费开放教育资源: the title of a round-up's part, broken at its colon;
                    # in 人民日报 2019–2020 14 titles open so, no kicker is one)
                    or _PROVINCE_COLON.fullmatch(upper.replace(" ", "")) is not None
                    or "·" not in upper
                    and not _GENRE_END.search(upper)
                    and crosses_dictionary_word(
                        boxes[k][-1].lines[-1].text.strip(), boxes[k + 1][0].lines[0].text.strip()
                    )
                )
                and not (
                    boxes[k + 1][0].text.startswith("—") or _is_banner(boxes[k][-1]) or _is_banner(boxes[k + 1][0])
                )
            ):
                boxes[k : k + 2] = [boxes[k] + boxes[k + 1]]
            else:
                k += 1
        if (
            len(boxes[0]) >= 2
            and boxes[0][0].lines[0].text.strip() in series
            # (not a title's first line printed twice, broken mid-word: 习近平出席缅 / 甸总统温敏举行的欢迎仪式)
            and not crosses_dictionary_word(boxes[0][0].lines[-1].text.strip(), boxes[0][1].lines[0].text.strip())
        ):
            # a series' name printed over the page's other headlines too opens this one as a box of its own
            # (社区防控，我们在行动 / 河南洛阳 / 在线视频问诊…: the name is the column, the place the kicker)
            boxes[0:1] = [boxes[0][:1], boxes[0][1:]]
    if not blanks and _parallel_halves(boxes):
        # two lines of as many characters, nothing else over the body (户外运动 / 快乐成长, 美总统首访印度 / 未弥合贸易分歧):
        # a title set in two halves, not a column's name or a kicker over a title (see ``_parallel_halves``)
        boxes = [boxes[0] + boxes[1]]
    below = _below_dash_subtitle(boxes, blanks) if before_body else []
    if before_body:
        below = _order_opens_body(boxes) + below
    if before_body and len(boxes) >= 2:
        below = _bracket_labels_open_body(boxes) + below
        below = _bulleted_items_open_body(boxes) + below
        below = _field_labels_open_body(boxes) + below
    if not boxes:
        return below  # (the headline was bulleted items only: they open the body, the article has no title here)
    if before_body and body is not None and len(boxes) >= 2:
        below = _echoed_lead(boxes, body.units) + below
    # a column banner: offset by the extractor, or the first of three short boxes (banner, kicker, title)
    # (in 人民日报, a first box of up to six characters over a headline is a column name 12 times in 13)
    b0 = _text(boxes[0]).replace(" ", "")
    if (
        not blanks
        and len(boxes) >= 3
        and len(boxes[0]) == 1
        and len(b0) <= 8
        and (b0[-1] in _KICKER_ENDS or _PROVINCE.match(b0))
        and not _LEAD_IN.search(b0)  # (胡春华强调 introduces the title: a kicker whole)
        and not _is_banner(boxes[0][0])
        and not _text(boxes[1]).startswith("—")
    ):
        # without blank lines, a short first box that says who acts or where (湖北召开, 辽宁省) over two more is the
        # first line of a kicker broken in two (湖北召开 / 疫情防控工作新闻发布会 / 全面升级防控措施), not a column
        boxes[0:2] = [boxes[0] + boxes[1]]
        b0 = _text(boxes[0]).replace(" ", "")
    first_short = len(boxes[0]) == 1 and (
        len(boxes) >= 3
        and len(b0) <= 8
        and b0[-1] not in _KICKER_ENDS
        and _PROVINCE.match(b0) is None
        or len(boxes) == 2
        and len(b0) <= COLUMN_CHARS
        and not boxes[1][0].text.lstrip().startswith("——")  # (a ——subtitle needs its title over it: 黄河畔 绿色生)
        and not _LEAD_IN.search(b0)
        and not b0.endswith(":")
        and not any(c.isdigit() for c in b0)
        and b0[-1] not in _KICKER_ENDS  # 中央宣传部, 郭声琨强调, 水利部发文: who acts, a kicker
        and _WHEN.search(b0) is None  # 今年起, “五一”期间: when, a kicker (no column's name says when)
        and _PROVINCE.match(b0) is None  # 湖南人大, 西藏丁青: where, a kicker (no column's name opens on a province)
        and not _echoed(b0, body() if body else None)
    )
    # a series name joined by a middle dot (为了民族复兴·英雄烈士谱): a column, 609 times in 622 in 人民日报,
    # where a kicker has one 15 times in 3,027, and then with a name or a clause (斯蒂夫·麦金农——)
    series_name = (
        len(boxes) >= 2
        and "·" in b0
        and _SERIES_PUNCT.search(b0) is None
        # (a ——subtitle right under it: the dotted line is the title, 高站位·广视角·融媒态 / ——数说…)
        and not (len(boxes) == 2 and boxes[1][0].text.startswith("——"))
    )
    banner = _sized_banner(boxes)
    named = len(boxes) > 1 and len(boxes[0]) == 2 and b0 in series  # (a series' name broken over two lines)
    if banner is None:
        banner = (
            len(boxes[0]) == 1
            and (_is_banner(boxes[0][0]) or first_short or series_name or boxes[0][0].lines[0].text.strip() in series)
            and (len(boxes) > 1 or a.column is None)
            or named
        )
        if (
            len(boxes) >= 2
            and len(boxes[0]) == 1
            and boxes[0][0].lines[0].text.strip() not in series  # (a name over two headlines stays a column)
            and not _LEAD_IN.search(b0)  # (a box that introduces the title stays its kicker: 最高检: / X强调)
            and not b0.endswith(":")
            and not _OCCASION.match(b0)  # (nor one that names the occasion: 继拥有汽车整车之后)
            and len(b0) > COLUMN_CHARS  # (a short box keeps the rules above, fitted to 人民日报's columns)
        ):
            banner = _column_box(boxes, banner, body() if body else None, series, blanks)
        if (
            len(boxes) >= 2
            and len(boxes[0]) == 1
            and (_SERIES_NUMBER.search(b0) is not None or _SERIES_YEAR.fullmatch(b0) is not None)
            and not boxes[1][0].text.startswith("—")
        ):
            # a box that ends on a series' number over the headline (关注困难群体生活保障①): the series, a
            # column (人民日报: 201 titles tagged so, one kicker ending on one; a ——subtitle under its title may);
            # so does a series' name and its year (动感2020, 决胜2020: 40 title tags, no kicker, title or subtitle)
            banner = True
        if (
            len(boxes) >= 2
            and len(boxes[0]) <= 2
            and len(b0) <= GENRE_COLUMN_CHARS
            and _GENRE_END.search(b0) is not None
            and _SERIES_PUNCT.search(b0) is None
            and "召开" not in b0  # (湖北召开疫情防控工作新闻发布会: an event, the kicker)
            and not boxes[1][0].text.startswith("—")
        ):
            # a box that names a kind of writing over the headline (来自疫情防控一线的报道, 国务院联防联控机制发布会,
            # 人民论坛, 一线抗疫群英谱): a column's name, even printed once on the page (人民日报 2019–2020: of 16
            # characters at most and no punctuation, 978 column tags end on these words, and 3 kickers, two of them
            # X召开新闻发布会)
            banner = True
            named = named or len(boxes[0]) == 2
        if (
            banner
            and len(boxes) > 1
            and (
                _LEAD_IN.search(b0)
                or _ISSUER.search(b0)
                or _OCCASION.match(b0)
                or _SAYS.search(b0)
                or any(w in b0 for w in _NO_COLUMN_WORDS)
            )
        ):
            # a box that introduces the title (教育部—— / 国台办： / 胡春华强调), says who issues it (国办印发意见),
            # names the occasion (就中越建交70周年) or who says or calls for what the title says (国际乒联宣布, 评论家
            # 呼唤, …重要指示引起热烈反响) is its kicker: a column's name (人民时评, 权威发布) does none; nor does it
            # name the nation, a meeting, what is held or done, a department, hospital or group (全国公安机关 / 依法打击…)
            banner = False
        if banner and len(boxes) > 1 and all(_text(b)[:1] in ("（", "(") for b in boxes[1:]):
            # 在全国政协新年茶话会上的讲话 / （2019年12月31日）: a box opening on a bracket is no title (人民日报: 73
            # subtitles open so, no title), so the box over it is the title, no column's name
            banner = False
    if banner:
        column = _text(boxes.pop(0)) if named else boxes.pop(0)[0].text.strip()
        a.column = column if not a.column else a.column + " " + column  # headlines before and after the body
        if not boxes:
            return below  # (the boxes taken off to open the body go there still: nothing is lost)
    sizes = [max((u.lines[0].src.size or 0) for u in b) for b in boxes]
    if any(sizes) and len(set(sizes)) > 1:
        ti = max(range(len(boxes)), key=lambda i: sizes[i])
    else:
        ti = 0
        sub_i = next(
            (i for i, b in enumerate(boxes) if b[0].text.startswith("—") or P.DATE_SUBTITLE.match(_text(b))), None
        )
        lead_i = next((i for i, b in enumerate(boxes[:-1]) if _text(b).endswith(("——", "：", ":"))), None)
        if lead_i is not None:
            ti = lead_i + 1  # 沈阳沈鼓集团—— / 文化和旅游部： introduce the title below them
        elif sub_i is not None:
            ti = max(0, sub_i - 1)
        elif _kicker_title_attendance(boxes):
            ti = 1
        elif _title_over_attended_subtitle(boxes):
            ti = 0
        elif len(boxes) == 3 and blanks and not _attends(_text(boxes[2])) and _title_box(boxes[1:], chunk_blanks) == 1:
            # three boxes, the last two a kicker and its title: a column's name over them (in 人民日报 14 times
            # as often as a kicker, title and subtitle of no dash); the rule below sets the column apart
            ti = 2
        elif len(boxes) == 2 and _body_named(_text(boxes[0])):
            ti = 1  # 中央组织部 / 从代中央管理党费中划拨…: a body that acts, named over what it did, is the kicker
        elif len(boxes) >= 2:
            ti = _title_box(boxes, chunk_blanks)
    if not blanks and _title_cut_under_lead_in(heads, boxes, ti, body() if body else None):
        boxes[ti] = boxes[ti] + boxes.pop()
    if ti >= 2 and blanks and len(boxes[ti - 1]) == 1 and _column_name_shaped(_text(boxes[ti - 1]).replace(" ", "")):
        # a short name right over the title (快评, 微阅读) is its column's, not a kicker: what is printed over it (an
        # item's title, 积极作为 / 履职尽责 / 快评 / 心往一处想…) goes with it, the title has no kicker
        column = " ".join(_text(b) for b in boxes[:ti])
        a.column = column if a.column is None else a.column + " " + column
        del boxes[:ti]
        ti = 0
    if ti >= 2 and blanks and len(boxes[0]) == 1 and (a.column is None or banner):
        # two boxes over the title: a kicker is one box, so the upper one is the column's name
        # (国家勋章和国家荣誉称号获得者 / “人民英雄”麦贤得—— / 钢铁战士传承优良传统); without blank
        # lines the boxes are guessed, and a kicker broken in two would lose its first half.  Under a banner
        # too: the banner is then another column's (新闻速递 / 创新故事 / 卫星遥感…相结合 / “天眼”助力…)
        column = boxes.pop(0)[0].text.strip()
        a.column = column if a.column is None else a.column + " " + column
        ti -= 1
    if before_body and _dash_lead_in(boxes, ti):
        # a kicker that leads in with a dash (…国家发改委表示—— / 月度指标彰显经济积极变化) has no subtitle under its
        # title: the boxes under the title open the body (a section's subhead, a figure's caption)
        below = [u for b in boxes[ti + 1 :] for u in b] + below
        del boxes[ti + 1 :]
    if a.column is not None and _kicker_wrapped_over_title(boxes, ti):
        boxes[0:2] = [boxes[0] + boxes[1]]
    text = _text(boxes[ti])
    if before_body and not a.title and _lead_in_opens_body(boxes, body):
        return boxes[0] + below  # (the article keeps no title here: nothing in its headline is one)
    a.title = text if not a.title else a.title
    if a.title is not text:
        unassigned.append(text)
    kick = [_text(b) for b in boxes[:ti]]
    subs = [_text(b) for b in boxes[ti + 1 :]]
    if (
        kick
        and subs
        and subs[0].startswith("——")
        and not _unbalanced(text)  # (…指引下 / ——新时代新作为新篇章）: the title's tag broken at its dash)
    ):
        # a title with its ——subtitle has no kicker (人民日报 2019–2020: none in 10,294 records): the box over the
        # title is its column's name (推进长三角一体化建设 / 服务国家战略展现江苏作为 / ——访江苏省委书记娄勤俭)
        column = " ".join(kick)
        a.column = column if a.column is None else a.column + " " + column
        kick = []
    if kick:
        a.kicker = " ".join(kick) if not a.kicker else a.kicker + " " + " ".join(kick)
    if subs:
        a.subtitle = " ".join(subs) if not a.subtitle else a.subtitle + " " + " ".join(subs)
    return below


def _lead_in_opens_body(boxes: list[list[Unit]], body: _BodyPairs | None) -> bool:
    """A headline of one box ending on —— over a first paragraph that ends its sentence (东部战区某调度中心—— /
    让最辛苦的人最“安全”…。, 决战之地，一城一省关系全局—— / 湖北省的新冠肺炎确诊量…。): the body's own lead-in
    paragraph, no title.  In 人民日报 2019–2020 no title ends on —— (of 10,294); 732 kickers do, and 45 first
    paragraphs.  A kicker's title under it is a headline line, which ends no sentence (解读…之三—— / 老虎苍蝇一起打，…)."""
    return (
        len(boxes) == 1
        and _text(boxes[0]).endswith("——")
        and body is not None
        and bool(body.units)
        and body.units[0].kind == "paragraph"
        and ends_sentence(body.units[0].text)
    )


_PAUSES = ("，", "、")  # (a tuple for ``in`` with a string of one character or none)
_HALF = re.compile(r"[\u4e00-\u9fff]+")
# (halves of eight characters are one title 15 times in 27 in 人民日报, and read so on the raw development pages: 5
# pages better than at seven, none worse; of nine, none in 7, and 6 pages worse)
PARALLEL_HALF_CHARS = 8


def _parallel_halves(boxes: list[list[Unit]]) -> bool:
    """Two boxes of one line each, of the same number of characters (``PARALLEL_HALF_CHARS`` at most, no mark, no
    space; a column's tag may close the second): the two halves of one title, which print sets in two lines of a width
    (户外运动 / 快乐成长).  Without blank
    lines the box model may read the first as a column's name or a kicker; in 人民日报 2019–2020 two such halves (of 3
    to 8 characters) make one title, printed over two lines at its space, 561 times, a kicker over its title 10 times
    and a column's name over its title 19.  Not a banner the extractor shows offset."""
    if len(boxes) != 2 or len(boxes[0]) != 1 or len(boxes[1]) != 1:
        return False
    a, b = boxes[0][0], boxes[1][0]
    if len(a.lines) != 1 or len(b.lines) != 1 or _is_banner(a) or _is_banner(b):
        return False
    # (the title's column tag after its second half is no part of the half: 激励添动力 / 关心促安心（短评）; with the tag
    # printed in the title, the line over it is no column's name)
    ta, tb = a.text.strip(), _COLUMN_TAG.sub("", b.text.strip())
    return len(ta) == len(tb) <= PARALLEL_HALF_CHARS and _HALF.fullmatch(ta + tb) is not None


def _kicker_wrapped_over_title(boxes: list[list[Unit]], ti: int) -> bool:
    """Under a column's name, three short boxes read as kicker, title and subtitle
    (深聚焦 / 提供科研支持 / 引进帮扶资金 培训技术人才 / 高校成为脱贫攻坚生力军) are a kicker broken in two over its
    title — in 人民日报 2019–2020 3 records of 10,294 have all four fields.  (Text with blank lines sets such boxes
    apart from a column as a rule, so this reading meets text without them: on the raw development folders 25 pages
    change, 20 for the better; without a column's name over them, 10 better and 15 worse.)"""
    if ti != 1 or len(boxes) != 3:
        return False
    k, t, s = (_text(b).replace(" ", "") for b in boxes)
    return (
        len(k) <= WRAPPED_KICKER_PART
        and len(t) <= WRAPPED_KICKER_PART
        and len(s) <= WRAPPED_KICKER_PART + 6
        and not s.startswith(("—", "（", "(", "●"))
        and "：" not in s
        and "·" not in s  # (话小康·议报告: a column's name)
        and _GENRE_END.search(s) is None  # (来自疫情防控一线的报道)
        and t[:2] != k[:2]  # (一手抓防控 / 一手抓诊疗服务: a title in two parallel halves)
        and not k.endswith(("——", "：", ":"))  # (a kicker whole, leading in to its title)
        and _GENRE_END.search(k) is None  # (新视点: another column's name)
    )


WRAPPED_KICKER_PART = 14


def _dash_lead_in(boxes: list[list[Unit]], ti: int) -> bool:
    """Boxes under the title ``boxes[ti]``, whose kicker leads in with a dash (…展望发展前景——): in 人民日报 2019–2020
    of 732 kickers ending so 2 stand over a subtitle, each naming a ministry alone (教育部——, 生态环境部——)."""
    if ti == 0 or len(boxes) <= ti + 1:
        return False
    lead = _text(boxes[ti - 1]).replace(" ", "")
    return (
        lead.endswith("——")
        and not _body_named(lead[:-2])
        and boxes[ti + 1][0].text.lstrip()[:1] not in "（("  # (the title's tag on a line of its own)
    )


def _clause_closed(line: str) -> bool:
    """The line ends its clause on the particle 了 (…火了, 准备好了, 人气旺了), not on a verb's 了 before its object
    (有了, 来了, 成了: …有了 / 首条“双线”铁路)."""
    t = line.rstrip()
    return len(t) >= 3 and t[-1] == "了" and t[-2] not in "有来到成为除" and rjieba.cut(t[-4:])[-1] == "了"


def _column_name_shaped(t: str) -> bool:
    """A box that reads as a column's name and no kicker: short, and saying neither who acts (中央宣传部, 郭声琨强调),
    when (今年起) nor where (湖南人大), nor a figure."""
    return (
        0 < len(t) <= COLUMN_CHARS
        and not _LEAD_IN.search(t)
        and not t.endswith(":")
        and not any(c.isdigit() for c in t)
        and t[-1] not in _KICKER_ENDS
        and _WHEN.search(t) is None
        and _PROVINCE.match(t) is None
    )


def _kicker_title_attendance(boxes: list[list[Unit]]) -> bool:
    """Three boxes, the last naming who attended (李克强主持召开中央应对新冠肺炎疫情工作领导小组会议 / 要求… /
    王沪宁出席): kicker, title and subtitle when the first box is long or ends on 强调, else a title over a subtitle
    in two (全国政协党组举行集体学习 / 学习贯彻… / 汪洋主持并讲话).  In 人民日报 2019–2020, of headlines under an
    attendance subtitle, kicker over title 48 times and title over a two-part subtitle 61; a first box of 20
    characters or more or on 强调 was the kicker 37 times, the title 7."""
    if len(boxes) != 3:
        return False
    first, last = _text(boxes[0]), _text(boxes[2])
    return (
        (len(first.replace(" ", "")) >= 20 or first.endswith("强调"))
        and len(last) <= 30
        and not last.startswith(("在", "—"))
        and _ATTENDANCE.search(last) is not None
        and not any(_ATTENDANCE.search(_text(b)) for b in boxes[:2])
    )


def _title_over_attended_subtitle(boxes: list[list[Unit]]) -> bool:
    """Three boxes, the last naming who attended, the first convening nothing (全国政协召开网络议政远程协商会 / 围绕“…”协商议政 /
    汪洋主持): a title over its subtitle in two parts.  In 人民日报 2019–2020, of three-box headlines under such a line, a
    first box without 主持 is the title 62 times, never a kicker; with it (李克强主持召开国务院全体会议 / 讨论… / 韩正等出席)
    the kicker 32 times, the title 4."""
    if len(boxes) != 3:
        return False
    first = _text(boxes[0])
    return _attends(_text(boxes[2])) and "主持" not in first and not _LEAD_IN.search(first)


def column_features(
    boxes: list[list[Unit]], rule: bool, body: frozenset[int] | None, series: frozenset[str], blanks: bool
) -> list[float]:
    """What the column model reads of a headline's first box over the others (see ``group_model.COLUMN_FEATURES``):
    the rules' answer, the box's shape and words, and how much of it the body and the box under it repeat (a
    kicker tells the story's who and where in the body's words; a series' name seldom does)."""
    b0, b1 = _text(boxes[0]).replace(" ", ""), _text(boxes[1])
    first = boxes[0][0].lines[0]
    pairs = bigrams(b0)
    below = bigrams(b1)
    return [
        rule,
        len(boxes),
        len(b0),
        max(ln.width for u in boxes[0] for ln in u.lines),
        len(b1),
        _overlap(b0, body) if body else -1.0,
        body is not None and len(pairs) >= 2 and pairs <= body,  # (False for an empty body too: pairs are not)
        len(pairs & below) / len(pairs) if pairs else 0.0,
        first.text.strip() in series,
        first.indented,
        b0[-1:] in _KICKER_ENDS,
        _LEAD_IN.search(b0) is not None,
        b0.endswith((":", "：")),
        _DIGIT.search(b0) is not None,
        "“" in b0,
        "·" in b0,
        "，" in b0,
        _NUMBERED.search(b0) is not None,
        _OCCASION.match(b0) is not None,
        _ISSUER.search(b0) is not None,
        _GENRE.search(b0) is not None,
        b1.startswith("——"),
        len(boxes) > 2 and _text(boxes[2]).startswith("——"),
        blanks,
    ]


_SERIES_NUMBER = re.compile(r"[①-⑳]$")
# China's provinces, regions and municipalities: a short box opening on one says where the story is (湖南人大, 西藏丁青,
# 福建厦门; 91 kickers of up to six characters in the check folders' truth, no column's name)
_PROVINCE = re.compile(
    "(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
    "云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)"
)
_PROVINCE_COLON = re.compile(_PROVINCE.pattern + r"(?:省|市)?[：:]")
# a place down to its county, city, district or village, opening on its province (新疆阿瓦提县, 河南郑州市上街区)
_PLACE = re.compile(
    _PROVINCE.pattern
    # (not a kind of place a headline speaks of: 黑龙江加强农村 / 饮水工程疫情防控, 浙江各市, 贵州山区)
    + r"[\u4e00-\u9fff]{0,6}(?:县|市|区|旗|村|镇|乡|盟)"
    + r"(?<!农村|乡村|城市|城区|山区|景区|园区|社区|地区|全市|全县|全区|各市|各县|各区)$"
)
# an office or title that goes on from a place (湖南省株洲市 / 市长阳卫国代表, 江苏省泰州市 / 委书记史立军代表)
_OFFICE = re.compile(r"^(?:市长|副市长|县长|区长|委书记|书记|党委|党组|人大|政协|政府|代表|委员)")
_WHEN = re.compile(r"(?:期间|以来|起|之际|前夕|月末|月底|年底|年初)$|^(?:今年|去年|明年|近日|日前|截至|截止)")
# a part of a numbered series: 对话③, （上）, 之二
_NUMBERED = re.compile(r"[①-⑳]|[（(][上中下一二三四五六七八九十\d]+[)）]|之[一二三四五六七八九十]$")
# a kind of writing, as a series names itself: …的报道, …发布会, …随笔, …观察
_GENRE = re.compile(
    r"(?:报道|发布会|故事|谈|录|记|观察|视点|评论|时评|快评|短评|论|声音|特写|连线|走笔|手记|纪事|一线|现场|见闻|"
    r"镜头|速写|随笔|随感|札记|笔谈|访谈|对话|专栏|聚焦|关注|热评)$"
)

_column_logit = compile_forest("column_logit", M.COLUMN_BASE, M.COLUMN_TREES, len(M.COLUMN_FEATURES))


def _column_box(
    boxes: list[list[Unit]], rule: bool, body: frozenset[int] | None, series: frozenset[str], blanks: bool
) -> bool:
    """Is a headline's first box a column's (or series') name, over a kicker or title?  The rules' answer, and
    the column model's, fitted on pages with known truth (``group_model.COLUMN_TREES``)."""
    if not M.COLUMN_TREES:
        return rule
    return _column_logit(column_features(boxes, rule, body, series, blanks)) > COLUMN_THRESHOLD


# a column's name read as a kicker costs the strict kicker figure, a kicker read as a column's name the plain one: on
# the check folders the model's even odds read 99 series' names (来自疫情防控一线的报道, 国务院联防联控机制发布会) as
# kickers and 20 kickers as columns' names; a little below even odds, strict kickers +0.61 point and strict subtitles
# +0.32 with the mean of six unchanged (at -1.0, kickers -0.23)
COLUMN_THRESHOLD = -0.5


def _echoed(box: str, body: frozenset[int] | None) -> bool:
    """Every word pair of a short box recurs in the article's body: the place, firm or people the story is
    about (西藏丁青, 湖南人大, 全国公安机关), a kicker; a column's name seldom is (人民日报, boxes of up to six
    characters: 227 of 328 kickers, 35 of 2,225 column names)."""
    if not body:
        return False
    pairs = bigrams(box)
    return len(pairs) >= 2 and pairs <= body


def _same_box_size(a: Unit, b: Unit) -> bool:
    """With geometry: ``b`` goes on the headline line ``a`` in its size, with no break the reader saw
    (a title broken before a dash of its own: ``…思想指`` / ``引下——新时代新作为新篇章）``, not a ——subtitle,
    which print sets smaller)."""
    x, y = a.lines[-1].src, b.lines[0].src
    return bool(x.bbox and y.bbox and x.size and y.size and abs(x.size - y.size) < 0.1) and not b.blank_before


def _title_box_rule(boxes: list[list[Unit]]) -> int:
    """Of two headline boxes with nothing else to tell them apart, which is the title (0: the first, over a
    subtitle; 1: the second, under a kicker)?"""
    b0, b1 = _text(boxes[0]), _text(boxes[1])
    tag0, tag1 = _COLUMN_TAG.search(b0) is not None, _COLUMN_TAG.search(b1) is not None
    if tag0 != tag1:
        return 1 if tag1 else 0  # …（国际视点）: the title
    sentence_like = any(ch in b1 for ch in "，。；") and len(b1) > len(b0) + 6
    # 王沪宁出席并讲话 / 李克强主持: who attended reads as a subtitle under the title
    attendance = bool(_ATTENDANCE.search(b1)) and not _LEAD_IN.search(b0)
    # who did what, in figures: 1097万人捧新饭碗 under a shorter headline is its subtitle
    figures = _DIGIT.search(b1) is not None and _DIGIT.search(b0) is None and len(b1) > len(b0)
    leader = "习近平" in b1 and "习近平" not in b0
    return 0 if sentence_like or attendance or figures or leader else 1


def _title_signs(t: str) -> list[bool]:
    return [
        "，" in t,
        "：" in t,
        "——" in t,
        "“" in t,
        _DIGIT.search(t) is not None,
        t[-1:] in "？！",
        " " in t.strip(),
        "·" in t,
    ]


def title_features(boxes: list[list[Unit]], rule: int) -> list[float]:
    """What the title model reads of the first two headline boxes (see ``group_model.TITLE_FEATURES``)."""
    b0, b1 = _text(boxes[0]), _text(boxes[1])
    l0 = [ln for u in boxes[0] for ln in u.lines]
    l1 = [ln for u in boxes[1] for ln in u.lines]
    w0, w1 = max(ln.width for ln in l0), max(ln.width for ln in l1)
    return [
        rule,
        len(boxes),
        len(b0),
        len(b1),
        len(l0),
        len(l1),
        w0,
        w1,
        w0 - w1,
        len(b0) - len(b1),
        _ATTENDANCE.search(b1) is not None,
        _LEAD_IN.search(b0) is not None,
        "习近平" in b0,
        "习近平" in b1,
        *_title_signs(b0),
        *_title_signs(b1),
        _COLUMN_TAG.search(b0) is not None,
        _COLUMN_TAG.search(b1) is not None,
        _OCCASION.match(b0) is not None,
        _QUOTED.match(b0) is not None,
        _QUOTED.match(b1) is not None,
    ]


# in 人民日报 a column tag closes a title: …（国际视点） ends 3,532 titles, 45 subtitles and one kicker
_COLUMN_TAG = re.compile(r"[（(][^（）()]{2,14}[）)]$")
# … and a series' part in one: （人民眼·行走黄河（中））
_TAGGED = re.compile(r"[（(][^（）()]{2,40}(?:[（(][^（）()]{1,4}[）)])?[）)]$")
# an occasion is a kicker, never a title or a column's name: 就中越建交70周年, 在国际护士节到来之际, 继拥有汽车整车之后
# (12 kickers, 1 title, no column)
_OCCASION = re.compile(
    r"^(?:在|就|为|从|围绕|值此|迎接|庆祝|纪念|当|继|随着).*(?:之际|周年|时|上|中|期间|前夕|之时|以来|之后)$"
)
# on whose behalf: 受习近平总书记委托, like 经…批准 no statement of its own (人民日报 2019–2020: once, a kicker)
_ENTRUSTED = re.compile(r"^受[^，。]{2,20}委托$")
# who says or calls for what the title says: 人民日报 2019–2020 prints 15 kickers ending so, and no column's name ends
# so (those end on 谈, 说, 发布: 今日谈, 权威发布); with who says it (建议 alone heads a letters page's section, a title)
_SAYS = re.compile(r"[^\s]{2}(?:宣布|倡议|呼唤|呼吁|倡导|建议|透露|反响|提示|提醒|部署|通报)$")
_ISSUER = re.compile(
    r"(?:(?:印发|(?:发布|公布)(?=《))(?:《[^》]*》)?(?:通知|通报|通告|意见|决定|办法|方案|规划|纲要|条例|规定|公告)?|发表[^，]{0,12}文章)$"
)
# 汪洋出席…, 胡春华主持: a name (a common surname and one or two characters) who attends or chairs, not who
# convenes (主持召开) nor 共同主持 or …将出席 in a title
_NAMED_ATTENDANCE = re.compile(
    "["
    + "".join(sorted(P.SURNAMES))
    + r"][\u4e00-\u9fff](?:[\u4e00-\u9fff](?<![将共同均也还并等]))?(?:出席|主持)(?!召开)"
)
# a quotation as a whole box: 207 titles, 4 kickers
_QUOTED = re.compile(r"^“[^“”]*”$")


_title_logit = compile_forest("title_logit", M.TITLE_BASE, M.TITLE_TREES, len(M.TITLE_FEATURES))


# the title model's log-odds that the second box is the title (a kicker over it), past which it is: even odds, and
# less (-0.5) on text whose blank lines fall between column chunks only (pdftotext), where the model left too many a
# kicker over its title as a title over its subtitle (on the 2020 check pages' pdftotext two-box headlines, at 0:
# 31 kicker/title pairs read so and 92 the other way, in 1,129; at -0.5: 11 and 97).  The 18-figure mean of the
# four check sets gains +0.10 point, 95 % interval +0.02 to +0.17 (bench/paired.py); on pdfminer and raw pages
# -0.5 moved the means by -0.09 and -0.19, within noise, and there even odds stay
TITLE_THRESHOLD = 0.0
TITLE_THRESHOLD_CHUNKS = -0.5


def _title_box(boxes: list[list[Unit]], chunk_blanks: bool = False) -> int:
    """The rules' answer (``_title_box_rule``), and on text the title model's, fitted on pages with known
    truth (``group_model.TITLE_TREES``), which reads it with the boxes' shapes and words (``chunk_blanks``: on a
    page whose blank lines fall between column chunks only, see ``TITLE_THRESHOLD_CHUNKS``)."""
    rule = _title_box_rule(boxes)
    b0, b1 = _text(boxes[0]), _text(boxes[1])
    if (b0[:1] in ("（", "(")) != (b1[:1] in ("（", "(")):
        return 0 if b1[:1] in ("（", "(") else 1  # (a box opening on a bracket is no title: 73 subtitles open so)
    if _ISSUER.search(b0) and not _ISSUER.search(b1) and "，" not in b1:
        # who issues or publishes what, over a headline: 中共中央印发 / 国办印发意见 / 《求是》杂志发表…文章 is a
        # kicker (人民日报, two-box headlines whose first box ends so and the second not: 58 kickers, 2 titles, both
        # over a subtitle that runs on as a sentence); X发布 alone is as often a title (预警信息年度报告发布)
        return 1
    if _NAMED_ATTENDANCE.match(b1) and not _NAMED_ATTENDANCE.match(b0) and not _LEAD_IN.search(b0):
        # 汪洋出席12名委员作大会发言 under a meeting's headline: who attended, its subtitle (in 人民日报 a box
        # opening on a leader who attends or chairs is a subtitle 88 times, a kicker 5, all ending on 强调)
        return 0
    if _SAYS.search(b0):
        # who calls for or announces what the title says (多国政党政要呼吁 / 加强抗疫合作，携手应对风险挑战): its kicker
        # (人民日报 2019–2020: the first of two boxes ends so 8 times, a kicker each time)
        return 1
    if (_OCCASION.match(b0) or b0.endswith("批准") or _ENTRUSTED.match(b0)) and not _OCCASION.match(b1):
        # the occasion (在国际护士节到来之际: 12 kickers, 1 title in 人民日报) or the authority (经中央军委主席习近平
        # 批准: 6 kickers, no title; 受…委托) a headline is set under: its kicker, whatever the boxes' shapes say
        return 1
    # (a box wholly in brackets is no title with its tag: （参与记者：李东旭、白平）)
    tag0 = _TAGGED.search(b0) is not None and b0[:1] not in "（("
    tag1 = _TAGGED.search(b1) is not None and b1[:1] not in "（("
    if tag0 != tag1:
        return 1 if tag1 else 0  # …（人民眼·行走黄河（中））: the title (3,532 titles, 45 subtitles, 1 kicker)
    if _QUANTITY.search(b0) and _QUANTITY.search(b1) and not _LEAD_IN.search(b0):
        # a figure with its unit in both boxes, the first not leading in: two facts, the news over the next
        # (我国易地扶贫搬迁已入住947万人 / 累计建成安置住房266万余套; in 人民日报 2019–2020 31 such headlines are a title and its
        # subtitle, 2 a kicker and its title), where the model read a kicker over its title
        return 0
    if len(boxes) == 2 and not _LEAD_IN.search(b0):
        # a meeting that closed (…闭幕) or heard a report (听取…) over what it did: a title over its subtitle (人民日报
        # 2019–2020, two-field headlines: 16 and 17 so, no kicker over its title); a box opening on 确保 or 把, what
        # is to be done, is the title under its kicker (47 to 1)
        if b1.startswith("听取") or b0.endswith("闭幕"):
            return 0
        if b1.startswith(("确保", "把")):
            return 1
        # who went where (联络组赴武汉 / 调研检查5所学校…): the trip leads in, what was done there is the title (人民日报
        # 2019–2020: 17 two-field headlines hold 赴 in the first box, all a kicker over its title; 全力以赴, 将赴 are no
        # trip made); a briefing on how things stand (外交部举行中外媒体吹风会介绍有关情况, 听取…情况汇报) under the news
        # is its subtitle (22 two-field headlines hold 情况 in the second box, all a title over its subtitle)
        if _GOES_TO.search(b0):
            return 1
        if "情况" in b1:
            return 0
    if not M.TITLE_TREES:
        return rule
    threshold = TITLE_THRESHOLD_CHUNKS if chunk_blanks else TITLE_THRESHOLD
    return int(_title_logit(title_features(boxes, rule)) > threshold)


def _sized_banner(boxes: list[list[Unit]]) -> bool | None:
    """With font sizes (PDF, OCR): is the first headline box a column banner?  It sits above the
    largest box (the title) and is one bold line, or the first of two boxes above the title (banner,
    kicker); a kicker is set in regular weight.  None when the boxes do not all carry sizes or share one."""
    sizes = [max((u.lines[0].src.size or 0) for u in b) for b in boxes]
    if not all(sizes) or len(set(sizes)) < 2:
        return None
    ti = sizes.index(max(sizes))
    if ti == 0 or len(boxes[0]) != 1:
        return False
    return ti >= 2 or all(ln.bold for ln in boxes[0][0].lines)


_DIGIT = re.compile(r"\d")
# words no column's name holds and kickers do (人民日报 2019–2020: 405 kickers hold one, none of 3,724 column tags)
_NO_COLUMN_WORDS = ("全国", "会议", "举行", "开展", "部门", "医院", "加强", "集团")
# a trip: 赴 not in 全力以赴 nor 将赴 (what is to come)
_GOES_TO = re.compile(r"(?<![以将])赴")
# a figure with its unit, 947万人, 一千五百名, 5%: not a count of one numeral, 四个 (全面), 两个 (维护)
_QUANTITY = re.compile(
    r"(?:\d[\d.]*|[一二三四五六七八九十百千万亿点]{2,})(?:万|亿|个|人|元|%|件|起|例|家|户|名|套|项|次|倍|吨|亩)"
)
_SERIES_PUNCT = re.compile(r"[，。：:；—、“”]")
_SERIES_YEAR = re.compile(r"[\u4e00-\u9fff·]{2,6}(?:19|20)\d\d")


# the kinds of writing a column's name ends on and a kicker does not (人民日报: 978 column tags, 3 kickers): narrower than
# the column model's cue ``_GENRE`` (记, 论, 谈, 一线 end kickers too), with 论坛, 之声, 走基层 and 谱 besides
def _foot_headline_takes_tail(drafts: list[_Draft]) -> None:
    """A headline alone at the page's foot, no body under it (滴水森林), heads the paragraphs above it that follow the
    line closing the article before them (…和前来游玩的人们叠韵酬答…… / 图片来源：人民视觉 / 山里的雨来得轻。…):
    a headline printed under its body, whose body had run on in the article above."""
    if len(drafts) < 2:
        return
    above, last = drafts[-2], drafts[-1]
    if last.head_after or any(u.kind == "paragraph" for u in last.body) or not last.head_before:
        return
    if _AGENCY_CREDIT.match(_text(last.head_before)):
        return  # (新华社发: a photo's credit, no headline)
    body = above.body
    for j in range(len(body) - 3, 0, -1):
        if body[j].kind == "paragraph" and P.closes_article(body[j].text):
            if all(u.kind == "paragraph" for u in body[j + 1 :]):
                last.body = body[j + 1 :] + last.body
                above.body = body[: j + 1]
            return


def _opens_a_body(body: list[Unit], i: int) -> bool:
    """A label that opens an article's body (核心阅读, 内容提要) after a paragraph of another."""
    u = body[i]
    return (
        u.kind == "heading"
        and _OPENS_BODY.match(u.text.strip()) is not None
        and any(v.kind == "paragraph" for v in body[:i])
    )


_OPENS_BODY = re.compile(r"[□■◇◆●【\[]?\s*(?:核心阅读|内容提要|阅读提示)\s*[】\]]?$")
_AGENCY_CREDIT = re.compile(r"(?:新华社|中新社|人民视觉|视觉中国)发$")


def _genre_columns_open(groups: list[Group], choices: list[Choice]) -> list[Choice]:
    """Headline lines read as a body's subheads with a genre-named column inside them (旅游市场稳步回暖 / 快评 /
    有序恢复 / 提质升级, 武汉，我在这里 / 大使随笔 / 兄弟齐心 其利断金): a column's name is printed over its own
    article's headline, so a new article opens there (on the development folders 11 such groups, each line a
    column in the records; a schedule's line wrapped, 9:00-12:00 …与应用论坛, is none)."""
    out = list(choices)
    for gi, (g, ch) in enumerate(zip(groups, choices)):
        if ch.sub:
            k = next((k for k in range(1, len(g.units) - 1) if _genre_column_in(g.units, k)), None)
            if k is not None:
                out[gi] = Choice(k=k)
            elif _opinion_column_opens(g.units):
                out[gi] = Choice(k=0)
    return out


def _opinion_column_opens(units: list[Unit]) -> bool:
    """Does the group open on a commentary's column (人民时评, 国际论坛, 快评, 大使随笔, 新春走基层) over more lines?
    Such a column is printed over its own article's headline, never over a section of another's: of the groups so
    opening that the programme read as subheads on the ten development folders, 15 open an article in the records
    and 1 does not (平行论坛, a conference's session).  (Not 记者手记, the reporter's notes closing a report, nor
    …观察, in the records more often a feature's section.)"""
    if len(units) < 2:
        return False  # (a dateline's group has no lines)
    t = units[0].text.strip().replace(" ", "")
    return len(t) <= GENRE_NAME_CHARS and _OPINION_END.search(t) is not None


_OPINION_END = re.compile("(?:论坛|时评|快评|随笔|走基层|视点)$")


def _genre_column_in(units: list[Unit], k: int) -> bool:
    """Is ``units[k]`` a column named for its genre (快评, 人民时评, 两会聚焦; not …故事, a section's label as
    often), between heading lines?"""
    t = units[k].text.strip().replace(" ", "")
    return (
        units[k].kind == units[k - 1].kind == units[k + 1].kind == "heading"
        and len(t) <= GENRE_NAME_CHARS
        and _GENRE_END.search(t) is not None
        and not t.endswith("故事")
        and not units[k - 1].text.lstrip()[:1].isdigit()  # (9:00-12:00 …与应用论坛: a schedule's line wrapped)
    )


GENRE_NAME_CHARS = 6


def _columns_go_down(drafts: list[_Draft], blanks: bool) -> None:
    """A column's name closing the headline printed under a body (…维和士兵死亡 / 国际视点, 动感2020) is the next
    headline's: a column's name is printed over its article's headline, never under one."""
    seen: dict[str, int] = {}
    for d in drafts:
        for u in d.head_before + d.head_after:
            if u.kind == "heading" and len(u.lines) == 1:
                t = u.text.strip()
                seen[t] = seen.get(t, 0) + 1
    for above, d in zip(drafts, drafts[1:]):
        if (
            len(above.head_after) >= 2
            and d.head_before
            and (
                _column_shaped(above.head_after[-1])
                or _repeated_column(above.head_after[-1], above.head_after[-2], seen, blanks)
            )
        ):
            d.head_before = [above.head_after.pop(), *d.head_before]


def _repeated_column(u: Unit, above: Unit, seen: dict[str, int], blanks: bool) -> bool:
    """A heading line printed twice or more on the page as a headline's line: a series' name over each of its
    articles (履职故事 / 全国人大代表侯二河—— / …), set apart by a blank line where the page has any."""
    t = u.text.strip()
    return (
        u.kind == "heading"
        and len(u.lines) == 1
        and (u.blank_before or not blanks)  # (…中俄两国元首 / 互致新年贺电: a title's last line)
        and 4 <= len(t) <= REPEATED_COLUMN_CHARS
        and t[:1] not in "—（("  # (a subtitle two documents share: ——2020年5月22日在…上, （…通过）)
        and _ATTENDANCE.search(t) is None  # (栗战书主持 under two meetings' titles)
        and above.text.rstrip()[-1:] not in "，、：；"  # (…漏洞， / 确保“一国两制”行稳致远: a title's last line)
        and seen.get(t, 0) >= 2
    )


REPEATED_COLUMN_CHARS = 12  # (longer, a headline printed twice: 续写千年胞波情谊的崭新篇章)


def _column_shaped(u: Unit) -> bool:
    """One heading line, a box of its own, that names a series or a kind of writing: its name and year (动感2020), a
    number (经济新方位·中小企业闯关记③), a dot joining its parts (小康路上·绿色力量) or a genre's word at its end
    (国际视点, 国务院联防联控机制发布会)."""
    if u.kind != "heading" or len(u.lines) != 1 or not u.blank_before:
        return False  # (without a blank line over it, the last line of a box: …更多时间和精力抓落实②)
    t = u.text.strip().replace(" ", "")
    if _SERIES_PUNCT.search(t) is not None:
        return False  # (——做好当前最重要的工作⑥: a subtitle)
    if _SERIES_YEAR.fullmatch(t) or _SERIES_NUMBER.search(t):
        return True
    if len(t) > GENRE_COLUMN_CHARS or t.endswith("故事"):
        return False  # (…故事: 习近平的扶贫故事, 二战老兵的战疫故事 are titles printed under their bodies as often)
    # (a dot joins a series' parts, 小康路上·绿色力量, and a foreign name's, （英国）拉尔夫·马丁: not in brackets)
    return _GENRE_END.search(t) is not None or "·" in t and "（" not in t and "(" not in t


_GENRE_END = re.compile("(?:报道|发布会|故事|观察|见闻|手记|聚焦|视点|论坛|时评|之声|随笔|快评|走基层|谱)$")
GENRE_COLUMN_CHARS = 16
# who acts or where: 中央宣传部, 郭声琨强调, 水利部发文, 全国妇联, 三部门公告, 银保监会提示, 中国足协 (a column name
# ends so in 3 of 1,469 short column names of 人民日报, a short kicker in 83 of 183); and when: 一季度末
_KICKER_ENDS = set("调部区县局办院厅委团市州镇发联告示协司末")
_ATTENDANCE = P.ATTENDANCE
# words that open a phrase, never close a headline (所, 不, 及, 向: 世卫组织感谢武汉为抗疫所 / 做的不懈努力, 时刻不 / 忘…;
# in 人民日报 2019–2020 no kicker, title or subtitle ends on one of them as a word of its own)
_OPEN_END = frozenset("的与和在对把被从同将于其而或并以所不及向")
# the last character of a word, or a particle, that no headline opens on as a word of its own (区, 器: 各界人士共话粤港澳大湾
# / 区发展机遇, 嫦娥四号着陆器和玉兔二号巡视 / 器顺利度过月夜…; in 人民日报 2019–2020 none of 14,793 kickers, titles and
# subtitles opens so)
# (的, 在 and 所 end subheads as words of their own: 挺酷的, 只要蔬菜大棚在)
_SUB_OPEN_END = _OPEN_END - set("的在所")
_BOUND_START = frozenset("的区器性者们员率型式界级类了得")


def _opens_bound(box: str) -> bool:
    """The box opens on a word's last character or a particle, a word of one character to the segmenter: the line
    over it was cut inside a word (大湾 / 区), not at a box's end."""
    t = box.strip()
    return bool(t) and t[0] in _BOUND_START and len(rjieba.cut(t[:6])[0]) == 1


def _ends_open(box: str) -> bool:
    """The box ends on a word of one character that opens a phrase (宣布对, 李克强同), not on a longer word
    ending in one (参与, 应对), or on a word that no headline ends on (西藏农牧民人均可支配收入连续 / 17年…)."""
    if box[-1] in _OPEN_END:
        return len(rjieba.cut(box[-4:])[-1]) == 1
    return rjieba.cut(box[-6:])[-1] in _NEVER_LAST


# words that run on to what they govern or qualify: in 人民日报 2019 each is inside a kicker, title or subtitle 25
# times or more and never its last word, as 连续 is in 8 (left out: the column names among such words, 时评, 观察,
# 聚焦, and the adjective 全面, which may end one: …准确全面)
# a public body or firm named alone (中央组织部, 国务院联防联控机制, 浙商银行; not a region, 中东部, nor a verb, 签署): in
# 人民日报 2019, of the two-field headlines whose first field is such a name, 12 are kicker and title, none title and
# subtitle
_BODY_NAME = re.compile(
    r"(?:(?<![东西南北中内外全])部|委|局|厅|署|机制|中心|小组|集团|公司|政府|法院|检察院|常委会|委员会|银行|海关)$"
)


def _body_named(box: str) -> bool:
    """The box names a public body or firm and nothing else: the kicker over what it did."""
    box = box.replace(" ", "")
    if len(box) > 12 or _BODY_NAME.search(box) is None or _DIGIT.search(box):
        return False
    return rjieba.tag(box)[-1][1] != "v"


_NEVER_LAST_WORDS = (
    "推动 关于 加强 促进 实现 坚持 深入 深入开展 积极 持续 共同 通过 进行 为了 庆祝 贯彻 牢记 不忘 国家 国际 我国 "
    "中央 国务院 习近平 总书记 总统 总理 主席 连续"
)
_NEVER_LAST = frozenset(_NEVER_LAST_WORDS.split())


_LEAD_IN = re.compile(r"(?:强调|指出|表示|时说|提出|要求|——|：)$")  # a kicker that introduces the title
_VERB_LEAD_IN = re.compile(r"(?:强调|指出|表示|时说|要求|——)$")  # … and ends its box, even with no blank


def box_features(heads: list[Unit], i: int, body: frozenset[int] | None = None) -> list[float]:
    """What the box model reads of headline lines ``heads[i - 1]`` and ``heads[i]``, in a row with no blank line
    to say whether a new box (kicker, title, subtitle) starts at the second (see ``group_model.BOX_FEATURES``);
    the lines around the two, their widths against the body's column and how much of their words the article's
    body (``body``: its bigrams) echoes are its context."""
    prev, cur = heads[i - 1], heads[i]
    nxt = heads[i + 1] if i + 1 < len(heads) else None
    before = heads[i - 2] if i >= 2 else None
    a, b = prev.lines[-1].text, cur.lines[0].text
    wa, wb = prev.lines[-1].width, cur.lines[0].width
    wn = nxt.lines[0].width if nxt is not None else 0.0
    wp = before.lines[-1].width if before is not None else 0.0
    top = max(wa, wb, 1.0)
    # a title is set larger than a kicker or subtitle, so fewer of its characters fit the same width: line
    # widths against the body column below tell the boxes apart (the widest column of the group's lines)
    col = max(prev.lines[-1].col, cur.lines[0].col, 1.0)
    runs_on = nxt is not None and _runs_on(b, nxt.lines[0].text)
    ran_on = before is not None and _runs_on(before.lines[-1].text, a)
    return [
        1.0,
        abs(wa - wb) / top,
        abs(wa - wb) <= BOX_RATIO * top,
        wb < wa,
        wa / 10,
        wb / 10,
        nxt is None,
        nxt is not None and abs(wn - wb) <= BOX_RATIO * max(wn, wb, 1.0),
        nxt is not None and abs(wn - wa) <= BOX_RATIO * max(wn, wa, 1.0),
        crosses_word(a, b),
        _unbalanced(a),
        b[0] in "，。、；：！？”）》",
        a[-1] in _DANGLING,
        a.endswith(("——", "：")),
        _LEAD_IN.search(a) is not None,
        b.startswith("—"),
        a[-1] in "，、",
        a[-1] in "！？。",
        len(a.replace(" ", "")) <= COLUMN_CHARS,
        "·" in a,
        " " in a.strip(),
        " " in b.strip(),
        a[-1].isdigit() or a[-1].isascii() and a[-1].isalpha(),
        # context: where the pair sits in the group's headline lines, and the line before it
        i == 1,
        min(len(heads), 6),
        before is not None and abs(wp - wa) <= BOX_RATIO * max(wp, wa, 1.0),
        wp / 10,
        wa / col,
        wb / col,
        b[0] in _NO_START,
        a[-1] in _SERIES_ENDS,
        _crosses_long(a, b),
        # a column name (快评, 财经观) is not about the article below it; its kicker and title are
        _overlap(prev.text, body) if body else -1.0,
        _overlap(cur.text, body) if body else -1.0,
        _ATTENDANCE.search(cur.text) is not None,
        # a box's lines all reach its width but the last: a line that runs on into the next holds as many
        # characters as the line above it in the same box, and fewer when a larger size starts there (a
        # kicker over its title: 深圳网球公开赛 / 王蔷晋级女 / 单八强); a line run on from the line above
        # and shorter than it ends its box
        runs_on,
        runs_on and abs(wa - wb) > 1.5,
        ran_on,
        ran_on and wa < wp - 1.5,
        (wa - wb) if runs_on else 0.0,
        (wp - wa) if ran_on else 0.0,
    ]


# characters that do not open a phrase: a line starting on one goes on the line above (党 / 的历史使命)
_NO_START = set("的了地得着过们之于与及和或而")
_SERIES_ENDS = set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳）)")  # 回乡看变化⑥, …（记者观察）: a numbered series, a column


def _crosses_long(a: str, b: str) -> bool:
    """A word across the break, read on the two whole lines (``crosses_word`` reads four characters each side,
    where a headline's short lines often hold a whole phrase: ``中朝纪念中国`` / ``人民志愿军…``)."""
    if not a or not b or not ("\u3400" <= a[-1] <= "\u9fff" and "\u3400" <= b[0] <= "\u9fff"):
        return False
    return _crosses(a, b)  # (the segmenter's split, cached, on the whole lines)


def _named_lead_in(line: str) -> bool:
    """A person's name and a colon, a box of its own (许庆：, 崔大庆：): the kicker over a hero's or speaker's title."""
    t = line.strip()
    # (not a province's name, which reads as one: 辽宁： / 免费开放教育资源 is a title of a round-up, broken at its colon)
    return t[-1:] in ("：", ":") and P.is_single_name(t[:-1]) and _PROVINCE.match(t) is None


_OPENING_MARKS = frozenset("“‘（《「『〈【(")
_LEAD_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.,:%-][A-Za-z0-9%]+)*%?")


def _first_token_width(text: str) -> float:
    """Cells of what opens ``text`` and a line break cannot split: a character, a figure or Latin word whole, an
    opening mark with what follows it (no line ends on one)."""
    t = text.lstrip()
    k = 0
    while k < len(t) - 1 and t[k] in _OPENING_MARKS:
        k += 1
    m = _LEAD_TOKEN.match(t, k)
    return k + (0.5 * (m.end() - k) if m else 1.0)


def _greedy_box(lines: list[PLine], indent: float = 0.0, slack: float = 0.0) -> bool:
    """Could one box set these lines, wrapped at its width?  A box of three lines or more is: each line but the
    last then holds all that fits, so none stops short of the box's widest line by as much as the next line's
    first character (or figure) — which would have fitted (two lines may be a headline broken by hand).  ``indent``:
    cells the first line may stop short by as well; ``slack``: cells of measuring error allowed every line."""
    if len(lines) <= 2:
        return True
    # (a space between phrases takes half a cell, which ``width`` leaves out)
    ws = [ln.width + 0.5 * ln.text.strip().count(" ") for ln in lines]
    top = max(ws)
    ws[0] += indent
    return all(w + _first_token_width(b.text) > top + 0.01 - slack for w, b in zip(ws, lines[1:]))


def _rewrapped(boxes: list[list[Unit]], heads: list[Unit], body: _BodyPairs | None) -> list[list[Unit]]:
    """Without blank lines: a box of three lines or more that one wrap cannot have set (``_greedy_box``: 去年12月末 /
    我国外储规模达 / 3.1万亿美元, a kicker that stops two cells short over its title) is two boxes or more: the fewest
    that each could be, cut where the box model most expects a new box."""
    if all(len(b) <= 2 for b in boxes):
        return boxes
    out: list[list[Unit]] = []
    at = {id(u): i for i, u in enumerate(heads)}
    for box in boxes:
        lines = [u.lines[0] for u in box]
        if len(box) <= 2 or any(len(u.lines) != 1 for u in box) or _greedy_box(lines):
            out.append(box)
            continue
        pairs = body() if body is not None else None
        logit = [0.0] + [_box_logit(box_features(heads, at[id(u)], pairs)) for u in box[1:]]
        if body is not None:
            # (a cut where the body has the characters across it in a row costs the most: see ``_echoed_in``)
            text = body.text()
            logit = [
                ECHO_LOGIT if i and _echoed_in(box[i - 1].text, box[i].text, text) else x for i, x in enumerate(logit)
            ]
        edges = _fewest_boxes(partial(_greedy_piece, lines), [-x for x in logit])
        assert edges is not None  # (a piece of one or two lines is always a box)
        if any(_unbalanced(_text(box[:i])) for i in edges[1:-1]):
            # (no box ends inside a quotation or brackets it opened: the lines are one box wrapped unevenly,
            # 《数字农业农村发展 / 规划（2019—2025 / 年）》出台, its figures measured roughly)
            out.append(box)
            continue
        out.extend(box[i:k] for i, k in zip(edges, edges[1:]))
    return out


def _greedy_piece(lines: list[PLine], i: int, j: int) -> bool:
    """``_greedy_box`` of ``lines[i:j]`` (a function of the indices, for ``_fewest_boxes``)."""
    return _greedy_box(lines[i:j])


def _fewest_boxes(box: Callable[[int, int], bool], cost: list[float]) -> list[int] | None:
    """Cut ``n = len(cost)`` lines into the fewest pieces ``[i, j)`` that ``box(i, j)`` accepts, of these the ones
    whose cuts cost least in sum (``cost[i]``: a cut before line ``i``): the pieces' edges, ``0`` and ``n`` included;
    None if no cut serves."""
    n = len(cost)
    # best[j]: (pieces, cost of the cuts, cut before) for lines[:j]
    best: list[tuple[int, float, int] | None] = [None] * (n + 1)
    best[0] = (0, 0.0, 0)
    for j in range(1, n + 1):
        for i in range(j):
            prev = best[i]
            if prev is None or not box(i, j):
                continue
            cand = (prev[0] + 1, prev[1] + (cost[i] if i else 0.0), i)
            cur = best[j]
            if cur is None or cand[:2] < cur[:2]:
                best[j] = cand
    if best[n] is None:
        return None
    cuts = []
    j = n
    while j > 0:
        step = best[j]
        assert step is not None
        cuts.append(step[2])
        j = step[2]
    return sorted(cuts) + [n]


def _wrapped_tail(units: list[Unit], k: int) -> bool:
    """Heading lines ``k - 2``, ``k - 1`` as wide as each other, then line ``k``, of a few characters, narrower, and
    no box of its width going on under it: the end of a headline box wrapped at its width (阿富汗东部发生 / 枪战致美军
    士兵 / 死亡), not a column's name or the next headline's first line."""
    if not all(u.kind == "heading" and len(u.lines) == 1 for u in units[k - 2 : k + 1]):
        return False
    a, b, c = (u.lines[0] for u in units[k - 2 : k + 1])
    if (
        abs(a.width - b.width) > 0.5
        or c.width > WRAPPED_TAIL
        or c.width >= b.width - 1.5
        or any(ch.isascii() and ch.isalnum() for ch in c.text)  # (云米5G: a name of its own)
        or _GENRE.search(c.text.strip()) is not None  # (快评: a column's name)
        or a.text.startswith("—")
        or b.text.startswith("—")
        or " " in b.text.strip()  # (无接触登记 高效率防疫: two phrases set apart, a whole box)
        or b.last_char in "”’）)》」——：:"
        or _is_banner(units[k])
    ):
        return False
    nxt = units[k + 1] if k + 1 < len(units) else None
    return not (nxt is not None and nxt.kind == "heading" and abs(nxt.lines[0].width - c.width) <= 0.5)


WRAPPED_TAIL = 3.0  # cells (four-character tails are as often a column's name: 人民时评, 热点辨析)


def _runs_on(a: str, b: str) -> bool:
    """Line ``a`` goes on in ``b``: a word across the break."""
    return crosses_word(a, b) or _crosses_long(a, b)


# a box break missed runs a kicker and its title together (both fields wrong), one too many cuts one: the break is
# taken a little below even odds (on the raw tuning pages, title/kicker/subtitle .688/.663/.651 -> .690/.673/.651,
# and better on the older raw sets too)
BOX_THRESHOLD = -0.25


# a kicker that introduces its title (…——, X：, X强调) has a subtitle under the title 23 times in 1,111 in 人民日报
# (2019–2020), never a ——subtitle: without blank lines, a box under such a kicker's title is the title's own second
# line unless the box model is this sure (on the twelve 2020 check folders' raw pages 6 titles mended, 1 spoiled;
# at 0.5 and 1.5 fewer mended or a true subtitle lost)
LEAD_IN_SUB = 1.0


def _title_cut_under_lead_in(heads: list[Unit], boxes: list[list[Unit]], ti: int, body: frozenset[int] | None) -> bool:
    """Without blank lines: is the last box, under a lead-in kicker and its title, the title cut in two?"""
    if ti < 1 or len(boxes) != ti + 2 or not _LEAD_IN.search(_text(boxes[ti - 1])):
        return False
    title, last = _text(boxes[ti]), _text(boxes[ti + 1])
    if (
        title[-1] in "）)”》！？。"  # (a title closed by its column tag or quotation: the box is something else)
        or " " in last.strip()  # (two phrases set apart: a headline of its own)
        or last.startswith("—")
        or _ATTENDANCE.search(last)
        or _NAMED_ATTENDANCE.match(last)
        or P.DATE_SUBTITLE.match(last)
    ):
        return False
    at = next((i for i, u in enumerate(heads) if u is boxes[ti + 1][0]), 0)
    return at > 0 and _box_logit(box_features(heads, at, body)) < LEAD_IN_SUB


def _echoed_across(a: str, b: str, prev_run: Run, next_run: Run) -> bool:
    """``_echoed_in`` the text of the run above or below a heading group: no article ends between the lines."""
    return _echoed_in(a, b, prev_run.text()) or _echoed_in(a, b, next_run.text())


def _echoed_in(a: str, b: str, text: str) -> bool:
    """Without blank lines: do the characters across a break between headline lines ``a`` / ``b`` (two above, three
    below) stand in a row in ``text``, an article's text beside them (东京奥运会亚洲 / 男排资格赛 over
    …东京奥运会亚洲男排资格赛…)?  Then the wrap broke one phrase: the lines are one box, of one headline.  A kicker's
    end and its title's start, or one headline's end and the next one's start, seldom stand so in a report.  Asked
    where an article may end in a group of headline lines (``_decide``), where the box model starts a new box
    (``_assign_head``) and where a box no wrap could set is cut (``_rewrapped``): on the 500 raw check pages of
    2020, 21 more titles right and 29 more whole headlines (of 2,334), on 700 more made to check it 25 and 31;
    two characters each side instead spoiled 3 of 24 pages mended, three each side mended fewer."""
    a, b = a.rstrip(), b.lstrip()
    if len(a) < ECHO_ABOVE or len(b) < ECHO_BELOW:
        return False
    s = a[-ECHO_ABOVE:] + b[:ECHO_BELOW]
    # (a place over what happens there is a kicker over its title, however the report runs them on: 云南罗平县板桥镇 /
    # 油菜花开春先到 over …罗平县板桥镇油菜花盛开…)
    return _CJK_RUN.fullmatch(s) is not None and s in text and _PLACE.match(a.replace(" ", "")) is None


ECHO_ABOVE, ECHO_BELOW = 2, 3  # characters across the break (see ``_echoed_in``)
ECHO_LOGIT = -20.0  # the box model's log-odds taken for such a break (lower than it ever says)


def _box_break(heads: list[Unit], i: int, body: frozenset[int] | None = None) -> bool:
    """Without blank lines between boxes: does a new box start at ``heads[i]``?  The box model's log-odds, but
    for a ——subtitle's first line, which goes on in the next unless the model is sure (``_dash_line_goes_on``)."""
    if heads[i - 1].lines[-1].text.endswith("；"):
        return False  # (部署…春季农业生产； / 决定阶段性减免…: no box of 人民日报 2019–2020 ends on a semicolon)
    if heads[i].lines[0].text.strip() == "——":
        return False  # (中大社区党委书记王琼 / ——: a dash alone, pushed down at the column's edge, ends the box above)
    if heads[i].lines[0].text[:1] in "的们":
        return False  # (特殊 / 的“开学”典礼: a particle opens no phrase; no box of 人民日报 2019–2020 opens on one)
    if heads[i - 1].lines[-1].text.endswith("·"):
        return (
            False  # (满江红· / 武汉战疫: a middle dot joins what follows it; no box of 人民日报 2019–2020 ends on one)
        )
    logit = _box_logit(box_features(heads, i, body))
    if logit < DASH_LINE_SURE and _dash_line_goes_on(heads[i - 1].lines[-1].text, heads[i].lines[0].text):
        return False
    return logit > BOX_THRESHOLD


# a ——subtitle broken over lines (——写在十九届中央纪委 / 四次全会召开之际): on the raw development folders the box
# model broke 48 such where the records run on, and 3 where a new box starts; where it is surer than this, the line
# below is mostly a paragraph's first (——新春之际话新风① / 过年是有关时间的仪式感…)
DASH_LINE_SURE = 3.0


def _dash_line_goes_on(line: str, below: str) -> bool:
    """A ——subtitle's first line over a line of no dash: the subtitle goes on, unless the line ends on a series'
    number (——香港修例风波回望之二 / 代表委员履职故事), a whole subtitle."""
    return line.startswith("——") and not below.startswith("—") and _NUMBERED.search(line) is None


def _text(box: list[Unit]) -> str:
    return _joined([ln for u in box for ln in u.lines])


def _joined(lines: list[PLine]) -> str:
    """``join_lines`` of reflowed lines.  Why: asked of every paragraph and headline box.  A reflowed line is
    stripped and never empty, so where no line before the last ends on a Latin letter or a hyphen (the breaks
    ``join_lines`` mends; each line's last character is at hand) and no line holds a space (``_byline_goes_on``
    may set one before a line's text), the lines need no mending: their texts joined, cleaned."""
    text = "".join([ln.text for ln in lines])
    if " " in text or not _JOIN_CUES.isdisjoint([ln.last_char for ln in lines[:-1]]):
        # (a hyphen ends a line's word only where the next line was the next printed: ``CD-`` / byline / ``v1.2``,
        # the byline taken out, keeps its hyphen)
        cuts = (
            [i for i in range(1, len(lines)) if lines[i - 1].last_char == "-" and lines[i].at != lines[i - 1].at + 1]
            if "-" in text
            else None
        )
        if cuts:
            ends = [0, *cuts, len(lines)]
            return clean_inline("".join(join_lines([ln.text for ln in lines[i:j]]) for i, j in zip(ends, ends[1:])))
        return join_lines([ln.text for ln in lines])
    return clean_inline(text)


def _series_names(drafts: list[_Draft]) -> frozenset[str]:
    """First lines that open two headlines or more on the page: a series' name (来自…一线的报道 over each of its
    reports), a column, never a kicker — on 1,300 generated 2020 pages 275 column names repeat over headlines
    of one page, 2 kickers do."""
    seen: dict[str, int] = {}
    for d in drafts:
        for head in (d.head_before, d.head_after):
            heads = [u for u in head if u.kind == "heading"]
            if len(heads) >= 2:
                key = heads[0].lines[0].text.strip()
                seen[key] = seen.get(key, 0) + 1
                # (… and the first box whole, a name broken over two lines: 来自疫情防控一线的报 / 道)
                j = 1
                while j < len(heads) - 1 and not heads[j].blank_before:
                    j += 1
                box = "".join([u.text for u in heads[:j]]).replace(" ", "")
                if j > 1 and heads[j].blank_before and box != key:
                    seen[box] = seen.get(box, 0) + 1
    return frozenset(k for k, n in seen.items() if n >= 2)


def _marker_kind(u: Unit) -> str | None:
    m = P.continuation(u.text) if u.kind == "marker" else None
    return m[0] if m else None


def _markers_to_their_articles(drafts: list[_Draft]) -> None:
    """（上接第X版） heads the part of an article it marks and （下转第X版） closes it: one after the last paragraph of
    an article opens the next (the boundary fell after it), one before an article's first paragraph closes the one
    before."""
    for d, nxt in zip(drafts, drafts[1:]):
        while d.body and _marker_kind(d.body[-1]) == "from":
            nxt.body.insert(0, d.body.pop())
        while nxt.body and _marker_kind(nxt.body[0]) == "to" and not nxt.head_before:
            d.body.append(nxt.body.pop(0))


def _closing_note(a: Article, d: _Draft, text: str, i: int) -> bool:
    """（作者为…）: who the author is, the byline when it closes the body; one with more paragraphs after it (a
    compilation's section) stays where it was printed (a contact line after it does not count).  (``_build``'s
    steps are functions of their own, not closures: mypyc keeps a closure's variables in an object the nested
    functions point back to, a reference cycle a page, which left the collector work to do.)"""
    if (
        not text.startswith(("（作者", "(作者"))
        or not P.AUTHOR_NOTE.match(text)
        or any(v.kind == "paragraph" and not _CONTACT.search(v.text) for v in d.body[i:])
    ):
        return False
    a.byline = f"{a.byline} {text}" if a.byline else text
    return True


def _add_subheads(a: Article, d: _Draft, units: list[Unit], shapes: dict, subheads_apart: bool) -> None:
    a.body.extend(
        # (当地员工—— or 代表宋亚平： over the words it introduces is run-in text, a paragraph: no heading ends
        # on a dash or a colon; nor does one open on a bullet, ●疫情防控取得重大战略成果: a list's item)
        Block("paragraph" if t.endswith(("——", "：", ":")) or t[:1] in _BULLETS else "subhead", t)
        for t in _subhead_texts(units, d.body, shapes, subheads_apart)
    )


def _flush_subheads(a: Article, d: _Draft, pending_sub: list[Unit], i: int, shapes: dict, subheads_apart: bool) -> None:
    if _closing_note(a, d, _text(pending_sub), i):
        return
    # a foreign author's line under a section's subhead is a paragraph, as the page prints it
    start = s = 0
    while s < len(pending_sub):
        n = _author_at(pending_sub, s)
        if n:
            if start < s:
                _add_subheads(a, d, pending_sub[start:s], shapes, subheads_apart)
            a.body.append(Block("paragraph", _text(pending_sub[s : s + n])))
            start = s = s + n
        else:
            s += 1
    if start < len(pending_sub):
        _add_subheads(a, d, pending_sub[start:], shapes, subheads_apart)


def _credits_out(head: list[Unit], d: _Draft) -> list[Unit]:
    """Heading lines of a headline that together read as a credit or an author's line (版式设计 / 蔡华伟 between a title
    and its byline) are no box of it: they close the body."""
    k = 0
    while k < len(head):
        n = 0
        for j in (2, 1):
            part = head[k : k + j]
            if len(part) == j and all(u.kind == "heading" for u in part):
                text = "".join([u.text.strip() for u in part])
                if _closes_body(text) and P.SIGNED_DATE.match(text) is None:
                    n = j
                    break
        if n:
            d.body = [*d.body, Unit("paragraph", [ln for u in head[k : k + n] for ln in u.lines])]
            head = head[:k] + head[k + n :]
        else:
            k += 1
    return head


def _build(
    d: _Draft, unassigned: list[str], blanks: bool, subheads_apart: bool = True, series: frozenset[str] = frozenset()
) -> Article:
    a = Article()
    # lines that close an article, read as the headline printed under its body: they end the body
    while n := _closing_lines(d.head_after, 0):
        d.body = [*d.body, *_closing_paragraphs(d.head_after[:n])]
        d.head_after = d.head_after[n:]
    d.head_before = _credits_out(d.head_before, d)
    d.head_after = _credits_out(d.head_after, d)
    hb = d.head_before
    if (
        len(hb) >= 2
        and hb[-1].kind == "heading"
        and hb[-1].text[:1] in _BULLETS
        and hb[-2].text[:1] not in _BULLETS
        and sum(u.text[:1] == hb[-1].text[:1] for u in d.body) >= 2
    ):
        # ●疫情防控取得重大战略成果 under the title, as the body's items below open: the first item (人民日报 sets no
        # title on a bullet; 202 paragraphs open on ●)
        d.body = [Unit("paragraph", hb[-1].lines, hb[-1].blank_before), *d.body]
        d.head_before = hb[:-1]
    hb = d.head_before
    n = 2 if len(hb) >= 3 and _BARE_DATE.match(hb[-1].text) and _section_number(hb[-2]) else 1
    if len(hb) >= n and all(u.kind == "heading" for u in hb[-n:]) and _section_number(hb[-n]):
        # 出征 / 一, 抗疫一线日记 / 一 / 2020年1月22日: the first section's number (and day) under the title open the body;
        # so does 一 with no title over it (□本报记者 X / 一: the headline printed after the body, or none)
        d.body = [*hb[-n:], *d.body]
        d.head_before = hb[:-n]
    while (
        d.head_before
        and d.head_before[-1].kind == "heading"
        and (_profile_label(d.head_before[-1].text) or _BRACKET_LABEL.match(d.head_before[-1].text))
    ):
        # (追梦人：韩 飞 opens the profile under it: its first subhead; so does 【绝活看点】, a label in lenticular
        # brackets: in 人民日报 40 paragraphs are one, no kicker, title or subtitle)
        d.body = [d.head_before.pop(), *d.body]
    if len(d.head_before) == 1 and d.head_before[0].kind == "heading" and _FIGURE.match(d.head_before[0].text.strip()):
        d.body = d.head_before + d.body  # (a figure the body quotes, no headline: see ``_head_score``)
        d.head_before = []
    body = _BodyPairs(d.body) if len(d.head_before) + len(d.head_after) >= 2 else None
    chunk_blanks = blanks and not subheads_apart  # (blank lines, but not before paragraphs: pdftotext)
    below = _assign_head(a, d.head_before, unassigned, blanks, body, series=series, chunk_blanks=chunk_blanks)
    if below:
        moved = {id(ln) for u in below for ln in u.lines}
        d.head_before = [u for u in d.head_before if not all(id(ln) in moved for ln in u.lines)]
        d.body = below + d.body
    _assign_head(a, d.head_after, unassigned, blanks, body, before_body=False, series=series, chunk_blanks=chunk_blanks)
    pending_sub: list[Unit] = []
    shapes: dict = {}  # (the body's subhead shapes, read once)
    dated = False  # (the opening dateline named the article's reporters)

    for i, u in enumerate(d.body):
        if u.kind == "heading":
            pending_sub.append(u)
            continue
        if pending_sub:
            _flush_subheads(a, d, pending_sub, i, shapes, subheads_apart)
            pending_sub = []
        if u.kind == "paragraph":
            text = _joined(u.lines)
            if _closing_note(a, d, text, i + 1):
                continue
            if not a.body or a.body[0].type == "subhead" and all(b.type == "subhead" for b in a.body):
                names = P.dateline_authors(text)
                if names and text[0] != "据":  # a reprint's reporters (据新华社电 （记者X）) are the agency's
                    a.authors += [n for n in names if n not in a.authors]
                    dated = True
            a.body.append(Block("paragraph", text))
        elif u.kind == "caption":
            a.captions.append(u.text)
        elif u.kind == "marker":
            marker = P.continuation(u.text)
            assert marker is not None  # (a marker unit is a continuation line)
            kind, cont = marker
            if kind == "to" and a.continues_to is None:
                a.continues_to = cont
            elif kind == "from" and a.continued_from is None:
                a.continued_from = cont
            else:
                unassigned.append(u.text)
        elif u.kind in ("byline", "names"):
            # a section's byline inside the body stays where it was printed; its names are the article's authors
            # only when neither a byline nor the opening dateline (本报讯 （记者王黛晶）) names them
            if (
                i
                and u.kind == "byline"
                and d.body[i - 1].kind == "byline"
                and a.body
                and a.body[-1].text == d.body[i - 1].text
                and P.is_single_name(u.text.replace(" ", ""))
            ):
                # (… one paragraph with the whole name that did not fit on its line, 本报记者 刘新吾 / 常碧罗: see
                # ``reflow._rejoin_wrapped_bylines``)
                a.body[-1] = Block("paragraph", f"{a.body[-1].text} {u.text}")
            else:
                a.body.append(Block("paragraph", u.text))
            if not a.byline and not dated:
                a.authors += [n for n in P.names_in(u.text) if n not in a.authors]
    if pending_sub:
        _flush_subheads(a, d, pending_sub, len(d.body), shapes, subheads_apart)
    a.region = _regions([ln.src for u in d.head_before + d.body + d.head_after for ln in u.lines])
    return a


_CONTACT = re.compile(r"(?:邮箱|信箱|热线|电话|传真)[:：]|@")  # 栏目投稿邮箱：…, a column's contact line

# a news item's closing signature, the reporter's name in brackets: （许志峰）, （丁怡婷 倪弋）
_ITEM_SIGNATURE = re.compile(r"^[（(][\u4e00-\u9fff][\u4e00-\u9fff\s\u3000、·]{1,14}[）)]$")
ITEM_CHARS = 700  # a compilation's item is a few hundred characters at most
COMPILATION_TITLE_CHARS = 8
ITEM_HEAD_CHARS = 30
ITEM_TITLE_TAIL = 8
_TITLE_TAIL = re.compile(r"[\u4e00-\u9fff“”0-9A-Za-z%]+")


def _news_item(a: Article, dated: bool = False) -> bool:
    """A short news item as compilations print them: a few paragraphs under a plain headline (no
    subtitle), opening with 本报电 (``dated``: any dateline) or closing with its reporter's name in brackets."""
    paras = [b.text for b in a.body if b.type == "paragraph"]
    if not paras or a.subtitle and not _title_run_on(a.subtitle) or any(b.type == "subhead" for b in a.body):
        return False
    if not a.title:
        return False
    if sum(len(t) for t in paras) > ITEM_CHARS:
        return False
    if paras[0].startswith("本报电") or dated and P.opens_with_dateline(paras[0]):
        return True
    return any(_ITEM_SIGNATURE.match(t.strip()) for t in paras) or _REPRINT_END.search(paras[-1].strip()) is not None


def _credits_go_back(articles: list[Article]) -> list[Article]:
    """An 'article' of nothing but credit or contact lines (制图：X, 栏目投稿邮箱：…), which a closing byline
    (（作者为…）) above parted from its article: those lines end the article above.  Not lines under a continuation
    marker (（上接第1版） / 制图：X): they close the article continued from another page, and the marker is theirs."""
    out: list[Article] = []
    for a in articles:
        if (
            out
            and a.body
            and not (a.title or a.kicker or a.subtitle or a.column or a.byline)
            and a.continued_from is None
            and a.continues_to is None
            and all(b.type == "paragraph" and _credit_line(b.text) for b in a.body)
        ):
            out[-1].body += a.body
            out[-1].captions += a.captions
            out[-1].region += a.region
            continue
        out.append(a)
    return out


def _names_alone(u: Unit) -> bool:
    return u.kind == "heading" and (P.is_single_name(u.text) or P.is_names_line(u.text))


def _names_go_back(articles: list[Article]) -> list[Article]:
    """Names alone read as the column's name over the next headline (王强妍 / 祖国 / 接我回家): the names closing the
    article above, printed under its body (a column's name is no person's: on the check folders, 9 such 'columns' are
    an article's byline, 2 neither), when that article has no byline of its own; when it has, or none is above, the
    name is the byline of the article it heads (``is_single_name`` leaves out 钟声, a commentary's pen name)."""
    for i, a in enumerate(articles):
        above = articles[i - 1] if i else None
        name = (a.column or "").strip()
        if (
            name
            and above is not None
            and not above.byline
            and above.continues_to is None
            and (P.is_names_line(name) or P.is_single_name(name))
        ):
            above.byline, a.column = name, None
            above.authors += [n for n in P.names_in(name) if n not in above.authors]
        elif name and not a.byline and (a.title or a.kicker) and (P.is_names_line(name) or P.is_single_name(name)):
            # (the article above has its byline, or none is above: the name over this one's column and headline is
            # its own, 邵明敏 / 人民政协新实践 / …: of 7 names read as columns in the development folders, all are
            # bylines in their truth, none a column)
            a.byline, a.column = name, None
            a.authors += [n for n in P.names_in(name) if n not in a.authors]
    return articles


# a pull quote repeats a sentence of its article's body, set large: in the check folders' truth, 1,318 paragraphs of 24
# characters or more recur inside another paragraph of their article, no subhead (shorter, 209 subheads and 185
# paragraphs do: a section's first sentence may repeat its subhead)
PULL_QUOTE_REPEAT = 24


def _quote_key(text: str | None) -> str:
    return re.sub(r"\s", "", text or "").rstrip("。”")


def _repeated_in(key: str, a: Article) -> bool:
    return any(b.type == "paragraph" and key in b.text and len(b.text) > len(key) for b in a.body)


def _repeated_quotes(articles: list[Article]) -> list[Article]:
    """Pull quotes read as headings: a subhead of ``PULL_QUOTE_REPEAT`` characters or more that recurs in a paragraph of
    its article is a paragraph; an article whose headline is a title alone of that length, over a paragraph or two,
    with the title recurring in the next article's body, is that article's pull quote and opening (缅甸各界高度重视并热烈
    欢迎习近平主席到访。这次访问将成为…新的里程碑 over the ambassador's article that says it again)."""
    for a in articles:
        for i, b in enumerate(a.body):
            if b.type == "subhead" and len(key := _quote_key(b.text)) >= PULL_QUOTE_REPEAT:
                flat = Article(body=[Block("paragraph", re.sub(r"\s", "", x.text)) for x in a.body if x is not b])
                if _repeated_in(key, flat):
                    a.body[i] = Block("paragraph", b.text)
    out: list[Article] = []
    for i, a in enumerate(articles):
        nxt = articles[i + 1] if i + 1 < len(articles) else None
        key = _quote_key(a.title)
        if (
            nxt is not None
            and len(key) >= PULL_QUOTE_REPEAT
            and not (a.kicker or a.subtitle or a.column or a.byline or a.continued_from or a.continues_to)
            and len(a.body) <= 2
            and all(b.type == "paragraph" for b in a.body)
            and _repeated_in(key, Article(body=[Block("paragraph", re.sub(r"\s", "", b.text)) for b in nxt.body]))
        ):
            nxt.body = [Block("paragraph", a.title or ""), *a.body, *nxt.body]
            nxt.captions = a.captions + nxt.captions
            nxt.region = a.region + nxt.region
            continue
        out.append(a)
    return out


# a part's label: a short subhead (镜头, 寄语, 推荐理由), not a document's chapter (第一章 总则)
LABEL_CHARS = 8


def _labels(a: Article) -> set[str]:
    out = set()
    for b in a.body:
        if b.type == "subhead":
            t = b.text.replace(" ", "")
            if len(t) <= LABEL_CHARS and not (t[:1] == "第" and _CHAPTER_LABEL.match(t)):
                out.add(t)
    return out


_CHAPTER_LABEL = re.compile(r"第[一二三四五六七八九十百零〇\d]+[章编节条]")
# a part opens a few labelled sections; a list (of names, of chapters) shares many short subheads
PART_LABELS = 4


def _labelled_parts(articles: list[Article]) -> list[Article]:
    """A feature in parts whose every part opens the same labelled sections (镜头 / 寄语 under each part's title
    and reporter), under the feature's ——line (——代表委员寄语两会): an article sharing two labels or more with the
    feature above is its next part.  Its headline becomes a subhead and its byline a paragraph, as 人民日报 keeps
    them.  (On the twelve 2020 check folders, 7 articles share two labels with the one above, all parts of one
    feature; of 26 sharing one label, 13 are, 记者手记 and 核心阅读 closing or opening separate reports.  But a page
    of a series, 新中国“第一”·生活篇, prints separate articles each with 亲历者说 / 知识链接 / 参观贴士: with no ——line
    above them, parts stay articles.)"""
    out: list[Article] = []
    labels: list[set[str]] = []
    for a in articles:
        mine = _labels(a)
        shares = (
            bool(out)
            and 2 <= len(mine) <= PART_LABELS
            and len(labels[-1]) <= PART_LABELS
            and len(mine & labels[-1]) >= 2
            and a.continued_from is None
            and (a.continues_to is None or out[-1].continues_to is None)
        )
        if (
            shares
            and not _dash_lined(out[-1])
            and len(out) >= 2
            and _dash_lined(out[-2])
            and not labels[-2]
            and len(out[-2].body) <= INTRO_BLOCKS
            and out[-1].continued_from is None
            and (out[-1].continues_to is None or out[-2].continues_to is None)
        ):
            # the feature's short opening under its ——line, then its first part: the part is the feature's too
            _add_part(out[-2], out.pop())
            part = labels.pop()
            labels[-1] |= part
        if shares and _dash_lined(out[-1]):
            _add_part(out[-1], a)
            labels[-1] |= mine
            continue
        out.append(a)
        labels.append(mine)
    return out


def _noted_sections(articles: list[Article]) -> list[Article]:
    """A feature whose headline and editor's note (…——编者) open reporters' sections, each under its speaker's
    lead-in, subhead and byline (广州某零售企业员工周新霞—— / 我的腰包更鼓了 / 本报记者 罗珊珊): the sections
    read as articles are the feature's.  Lead-in and byline are paragraphs, the subhead a subhead, as 人民日报
    keeps them.  (On the 2020 check folders' pdfminer pages, 10 of 10 such sections after a note are the
    feature's; sections with no byline are separate articles, 巡礼 of prize winners, 4 of 4.)"""
    out: list[Article] = []
    i = 0
    while i < len(articles):
        a = articles[i]
        out.append(a)
        i += 1
        if not (a.body and len(a.body) <= NOTE_BLOCKS and _NOTE_SIGNED.search(a.body[-1].text)):
            continue
        if i < len(articles) and (articles[i].title or "").startswith("【") and not articles[i].kicker:
            # 【人物】乡村教师支月英 under the note: a label of the feature's first section (人民日报 prints 101
            # paragraphs opening on such a label and no headline)
            _add_part(a, articles[i])
            i += 1
            continue
        j = i
        while j < len(articles) and _noted_section(articles[j]):
            j += 1
        if j - i < 2:
            continue
        for s in articles[i:j]:
            _take_markers(a, s)
            a.body += [Block("paragraph", s.kicker or ""), Block("subhead", s.title or "")]
            a.body += [Block("paragraph", s.byline or ""), *s.body]
            a.captions += s.captions
            a.region += s.region
        i = j
        if (
            not (a.title or a.kicker)
            and i < len(articles)
            and articles[i].title
            and len(articles[i].body) <= NOTE_BLOCKS
        ):
            # no headline over the note: the feature's, printed under its sections, over the last of them
            # (their photos' captions, the credits)
            h = articles[i]
            a.column, a.kicker, a.title, a.subtitle = h.column, h.kicker, h.title, h.subtitle
            a.byline, a.authors = h.byline, h.authors
            _take_markers(a, h)
            a.body += h.body
            a.captions += h.captions
            a.region += h.region
            i += 1
    return out


def _credited_sections(articles: list[Article]) -> list[Article]:
    """A compilation of sections, each closed by the same kind of credit (（据新华社伦敦电 记者杨海若）, 本报记者 王斌来
    整理): an article headed by its title alone (no kicker, subtitle, column, byline or names) and closed by such a
    credit, right after an article that holds a section so closed (the credit, then a subhead) and ends on one
    too, is its next section; its title becomes a subhead.  On the ten development folders (sixty-first session)
    10 such articles join, all 10 sections of one record; with a byline or a kicker the article is one of its own as
    often as not, and stays."""
    out: list[Article] = []
    for a in articles:
        if out and _next_credited_section(out[-1], a):
            _add_part(out[-1], a)
            continue
        out.append(a)
    return out


def _next_credited_section(whole: Article, a: Article) -> bool:
    if not a.title or a.kicker or a.subtitle or a.column or a.byline or a.authors:
        return False
    if a.continued_from is not None or whole.continues_to is not None or not a.body or not whole.body:
        return False
    kind = _section_credit(a.body[-1])
    if kind is None or _section_credit(whole.body[-1]) != kind:
        return False
    body = whole.body
    return any(_section_credit(b) == kind and nxt.type == "subhead" for b, nxt in zip(body, body[1:]))


def _section_credit(b: Block) -> str | None:
    """The kind of credit a paragraph is (a wire reprint's, a reporter's who took words down), if it is one."""
    if b.type != "paragraph":
        return None
    t = _WS_ANY.sub("", b.text or "")
    m = _SECTION_CREDIT.match(t)
    return None if m is None else m.lastgroup


_WS_ANY = re.compile(r"\s+")
# （据新华社华盛顿电 记者周舟）, （据新华社北京电）; 本报记者 王斌来整理, （本报记者 李亚楠整理）
_SECTION_CREDIT = re.compile(
    r"^(?:(?P<wire>[（(]据新华社[^（）()]{0,30}电[^（）()]{0,30}[）)])|(?P<told>[（(]?本报记者[^（）()]{1,20}整理[）)]?))$"
)


def _is_note(t: str | None) -> bool:
    """A line no kicker or title is: a note wholly in brackets (（以播出为准）, （作者为…）) or a sentence ending on 。
    (会议还研究了其他事项。): none of 3,027 kickers and 10,294 titles of 人民日报 2019–2020 is either."""
    t = (t or "").replace(" ", "")
    return bool(t) and (
        t[0] in "（("
        and t[-1] in "）)"
        and t.count("（") + t.count("(") == t.count("）") + t.count(")")
        or t[-1] == "。"
    )


def _notes_not_headlines(articles: list[Article]) -> list[Article]:
    """An article headed by a note or a sentence (``_is_note``) was cut from the article before it at its closing
    line: the line goes back there, as its last paragraph (a writer's note, （作者为…）, as its byline where it has
    none).  The body under it goes to the next article where that is a headline with no body (its headline printed
    under it: 历史交汇点上的伟大宣示), else it stays an article of its own, untitled; a kicker so read goes back alone."""
    out: list[Article] = []
    for i, a in enumerate(articles):
        if not out or a.continued_from or a.continues_to:
            out.append(a)
            continue
        prev = out[-1]
        if a.kicker and _is_note(a.kicker) and a.title:
            prev.body.append(Block("paragraph", a.kicker))
            a.kicker = None
        if not (_is_note(a.title) and not (a.kicker or a.subtitle or a.column)):
            out.append(a)
            continue
        nxt = articles[i + 1] if i + 1 < len(articles) else None
        to_next = (
            bool(a.body)
            and nxt is not None
            and not nxt.body
            and bool(nxt.title)
            and not _is_note(nxt.title)
            and not (a.byline and nxt.byline)
        )
        if a.byline and not to_next:
            out.append(a)  # (a byline of its own: an article, whatever its headline)
            continue
        if (a.title or "").startswith(("（作者", "(作者")) and not prev.byline:
            prev.byline = a.title
        else:
            prev.body.append(Block("paragraph", a.title or ""))
        if to_next and nxt is not None:
            nxt.body = a.body
            nxt.byline = nxt.byline or a.byline
            nxt.authors = nxt.authors or a.authors
            nxt.captions += a.captions
            nxt.region += a.region
            continue
        if a.body:
            a.title = None
            out.append(a)
        else:
            prev.captions += a.captions
            prev.region += a.region
    return out


def _quoted_sections(articles: list[Article]) -> list[Article]:
    """A feature of sections, each a quotation over its reporter's byline (“我们越来越有底气了” / 本报记者 智春丽):
    an article headed by a quotation alone over a byline, right after an article holding such a section (a subhead
    over a byline), is its next section (on the check folders, 3 of 3 such articles).  Its headline becomes a
    subhead and its byline a paragraph."""
    out: list[Article] = []
    for a in articles:
        if (
            out
            and _QUOTED.match(a.title or "")
            and a.byline
            and not (a.kicker or a.subtitle or a.column or a.continued_from)
            and any(
                x.type == "subhead" and y.type == "paragraph" and P.is_byline(y.text)
                for x, y in zip(out[-1].body, out[-1].body[1:])
            )
        ):
            _add_part(out[-1], a)
            continue
        out.append(a)
    return out


def _bylined_sections(articles: list[Article]) -> list[Article]:
    """A feature of reporters' sections, each a subhead (under its lead: who, where) over its reporter's byline
    (北京海淀区集中医学观察中心陈春枝—— / 穿上白大褂，就顾不上害怕 / 本报记者 贺勇): an article right after one
    holding two such sections and headed as they are (a title over a 本报记者 byline, no subtitle; a kicker ending
    on —— where most of the sections' leads do, and on none where they do not) is its next section.  On the 2020
    check folders, 17 of 17 such articles are; the 9 headed otherwise (□本报记者, names alone, a lead of the
    other shape) are all articles of their own.  Its kicker becomes the lead (a paragraph when it ends on ——, a
    subhead when it names, as 人民日报 keeps them), its title a subhead, its byline a paragraph.

    One section above is enough where its lead is a line naming who or where (no sentence, 40 characters at most:
    重庆开州区泉秀村原村支书周康云 / 老百姓的事，我不干哪个来干？ / 本报记者 刘新吾), and a feature whose body opens on
    such a section (…获得者…—— / “高性能”团队这样炼成) has its byline read as the feature's: that counts as the
    section's.  On the development folders (fifty-sixth session) 11 such articles join, 9 of them matching a
    section's subhead in the records, and 11 pages change, all for the better."""
    out: list[Article] = []
    for a in articles:
        if out and _next_bylined_section(out[-1], a):
            whole = out[-1]
            _take_markers(whole, a)
            if a.kicker:
                whole.body.append(Block("paragraph" if a.kicker.endswith("——") else "subhead", a.kicker))
            whole.body += [Block("subhead", a.title or ""), Block("paragraph", a.byline or ""), *a.body]
            whole.captions += a.captions
            whole.region += a.region
            continue
        out.append(a)
    return out


# a staff reporter's byline, plain (本报记者 贺勇, 本报驻埃及记者 周輖): not □本报记者, which opens an article
SECTION_LEAD_MAX = 40
_STAFF_BYLINE = re.compile(r"本报(?:驻[^\s]{1,8})?记者\s*\S")


def _next_bylined_section(whole: Article, a: Article) -> bool:
    if not (a.title and a.byline and _STAFF_BYLINE.match(a.byline)) or a.subtitle or a.column:
        return False
    if a.continued_from is not None or whole.continues_to is not None:
        return False
    body = whole.body
    leads = [
        body[i - 2].text if i >= 2 else ""
        for i in range(1, len(body))
        if body[i].type == "paragraph" and body[i - 1].type == "subhead" and P.is_byline(body[i].text)
    ]
    if (
        whole.byline
        and _STAFF_BYLINE.match(whole.byline)
        and len(body) >= 2
        and body[0].text.endswith("——")
        and body[1].type == "subhead"
    ):
        leads.append(body[0].text)  # the first section's byline read as the whole's
    if len(leads) < 2 and not (leads and len(leads[0]) <= SECTION_LEAD_MAX and not ends_sentence(leads[0])):
        return False
    dashed = 2 * sum(t.endswith("——") for t in leads) > len(leads)
    return (a.kicker or "").endswith("——") == dashed


def _voices(articles: list[Article]) -> list[Article]:
    """A column of several speakers (发言席, 议民生, 我们的心声), each piece under the speaker's line and its headline
    (北京市人民检察院检察长敬大力代表 / 打造法治营商环境): the programme reads the column's name as the column over
    the first piece's headline, the others' as subheads.  When two pieces or more in the body are headed as the first
    is (the speaker's line above or below the headline alike), the column's name is the title and the first piece's
    headline its first subheads (on the check folders 8 of 9 such articles; the ninth has a title of its own)."""
    for a in articles:
        if not (_short_title(a.column) and a.kicker and a.title and not a.subtitle):
            continue
        side = (_voice(a.kicker), _voice(a.title))
        if side.count(True) != 1:
            continue
        b = a.body
        alike = sum(
            1
            for i in range(len(b) - 2)
            if b[i].type == "subhead"
            and b[i + 1].type == "subhead"
            and b[i + 2].type == "paragraph"
            and (i == 0 or b[i - 1].type == "paragraph")
            and (_voice(b[i].text), _voice(b[i + 1].text)) == side
        )
        if alike >= 2:
            a.body = [Block("subhead", a.kicker), Block("subhead", a.title), *a.body]
            a.title, a.kicker, a.column = a.column, None, None
    return articles


# a speaker's line: 湖南省政协主席李微微委员, …代表（北京市委书记）, 刘兰芳（中国曲艺家协会名誉主席）
_VOICE = re.compile(r"(?:代表|委员)(?:[（(][^（）()]{2,30}[）)])?$|^[\u4e00-\u9fff·]{2,6}[（(][^（）()]{2,30}[）)]$")


def _voice(text: str | None) -> bool:
    return text is not None and _VOICE.search(text.strip()) is not None


def _reader_columns(articles: list[Article]) -> list[Article]:
    """A column of readers' letters or guests' short comments (来论, 建议, 身边事): pieces each under its headline and
    its writer's place and name (为战“疫”注入必胜信心 / 江西南昌 杨铭鸣), which the programme reads as articles headed
    by the headline over a 'title' or 'subtitle' of the writer's line.  Two pieces or more in a row are one article
    under the column's short title (人民日报 keeps them so: 115 such writer's lines, each a subhead of its column, none a
    headline); the title is the first piece's column, or one printed at the foot."""
    for a in articles:
        if (
            _short_title(a.column)
            and a.title
            and not a.kicker
            and not a.subtitle
            and not P.is_reader_author(a.column or "")
            and any(b.type == "subhead" and P.is_reader_author(b.text, placed=True) for b in a.body)
        ):
            # (the column's name read as the column over the first piece's headline, the later pieces' headlines
            # and writers' lines its subheads: 建议 / 消毒用品要妥善存放 / … / 江苏南通市杨汉祥 谢 平 / 引导孩子用好压岁钱)
            a.body.insert(0, Block("subhead", a.title))
            a.title, a.column = a.column, None
    out: list[Article] = []
    i = 0
    while i < len(articles):
        j = i
        while j < len(articles) and (piece := _reader_piece(articles[j])) is not None:
            if j > i and articles[j].column and piece[0] != articles[j].column:
                break  # (a column's name opens the next column)
            j += 1
        pieces = sum(1 + _reader_sections(a) for a in articles[i:j])
        first = articles[i]
        named = j > i and _short_title(first.column) and _reader_piece(first)[0] != first.column  # type: ignore[index]
        title = first.column if named else None
        nxt = articles[j] if j < len(articles) else None
        # the column's title printed at its foot, read as the next article's column over that one's own (来论 /
        # 大家谈·同心打赢疫情防控阻击战④ / 同心协力共克时艰)
        foot = title is None and nxt is not None and nxt.kicker is not None and _short_title(nxt.column)
        # (with no title, pieces signed with a place: a name alone under a headline signs many an article)
        placed = any(not P.is_single_name(_reader_piece(a)[1]) for a in articles[i:j])  # type: ignore[index]
        if j == i or pieces < 2 or not (placed or title or foot):
            out.append(articles[i])
            i += 1
            continue
        if foot:
            title, nxt.column, nxt.kicker = nxt.column, nxt.kicker, None  # type: ignore[union-attr]
        heads = [(_reader_piece(a), a) for a in articles[i:j]]
        whole = _join_parts(title, [([Block("subhead", h[0]), Block("subhead", h[1])], a) for h, a in heads if h])
        out.append(whole)
        i = j
    return out


def _reader_piece(a: Article) -> tuple[str, str] | None:
    """A piece's headline and writer's line, when the article is headed so: the headline over the writer read as
    kicker and title, or as title and subtitle."""
    if not a.body or a.continued_from is not None:
        return None
    if a.kicker and a.title and not a.subtitle and P.is_reader_author(a.title):
        return a.kicker, a.title
    if a.column and a.title and not a.kicker and not a.subtitle and P.is_reader_author(a.title):
        return a.column, a.title  # (the headline taken for a column's name over the 'title')
    if a.title and a.subtitle and not a.kicker and P.is_reader_author(a.subtitle):
        return a.title, a.subtitle
    return None


def _reader_sections(a: Article) -> int:
    """How many more pieces the body holds: subhead pairs of a headline over a writer's line."""
    b = a.body
    return sum(
        1
        for k in range(1, len(b))
        if b[k].type == "subhead" and b[k - 1].type == "subhead" and P.is_reader_author(b[k].text)
    )


def _chapters_join(articles: list[Article]) -> list[Article]:
    """An article headed by a document's chapters or sections alone (目 录, 第一章规划背景 / 第一节发展基础) is the
    document above it, its table of contents or next chapter (on the check folders, 3 of 3 such articles)."""
    out: list[Article] = []
    for a in articles:
        heads = [t for t in (a.column, a.kicker, a.title, a.subtitle) if t]
        if out and heads and all(_CHAPTER_HEAD.match(t.strip()) for t in heads) and a.continued_from is None:
            _add_part(out[-1], a)
            continue
        out.append(a)
    return out


_CHAPTER_HEAD = re.compile(r"第[一二三四五六七八九十百零〇\d]+[章节编]|目\s*录$|前\s*言$")


def _decrees_join_their_law(articles: list[Article]) -> list[Article]:
    """A decree (中华人民共和国国务院令 / 第724号 / 《保障农民工工资支付条例》已经…通过，现予公布…) over the law it makes
    public, headlined by its name (保障农民工工资支付条例): one article, the law's, opening on the decree — as 人民日报
    keeps it (2019–2020: the 9 decrees printed over their law's text all so; the 2 printed alone, 主席令 / 根据…的决定：
    免去…, and one over a law printed elsewhere, stay articles of their own)."""
    out: list[Article] = []
    for a in articles:
        above = out[-1] if out else None
        if (
            above is not None
            and _DECREE.search((above.title or "").replace(" ", "")) is not None
            and _made_public(above) == _law_name(a.title or "")
        ):
            law = Article(kicker=a.kicker, title=a.title, subtitle=a.subtitle, column=a.column, byline=a.byline)
            law.authors, law.captions = list(a.authors), list(a.captions)
            _add_part(law, above)
            _take_markers(law, a)
            law.body += a.body
            out[-1] = law
            continue
        out.append(a)
    return out


_DECREE = re.compile(r"^中华人民共和国[\u4e00-\u9fff]{1,6}令$")
_MADE_PUBLIC = re.compile(r"《(.+?)》(?:已|，)")


def _law_name(text: str) -> str:
    """A law's name as decrees quote it (brackets inside the name turned to the outer kind: 〈…〉 → 《…》)."""
    return re.sub(r"\s", "", text).replace("〈", "《").replace("〉", "》")


def _made_public(decree: Article) -> str | None:
    """The name of the law ``decree`` makes public (现公布《…》，…; 《…》已经…通过，现予公布), from its first paragraph."""
    first = next((b.text for b in decree.body if b.type == "paragraph"), "")
    m = _MADE_PUBLIC.search(first.replace(" ", ""))
    return _law_name(m.group(1)) if m else None


NOTE_BLOCKS = 6  # a headline's note: a paragraph or a few, its ——编者 line
_NOTE_SIGNED = re.compile(r"——\s*编\s*者\s*$")  # (the note's last paragraph; not ``_EDITORS_NOTE``)


def _noted_section(a: Article) -> bool:
    return bool(a.kicker and a.kicker.endswith("——") and a.title and a.byline and not a.subtitle and not a.column) and (
        a.continued_from is None and a.continues_to is None
    )


# a feature's opening over its parts: a paragraph or three (代表委员表示，…)
INTRO_BLOCKS = 3


def _dash_lined(a: Article) -> bool:
    return (a.subtitle or "").startswith("—")


def _add_part(whole: Article, a: Article) -> None:
    """Article ``a`` is the next part of ``whole``: its headline a subhead, its byline a paragraph."""
    _take_markers(whole, a)
    whole.body += [Block("subhead", t) for t in (a.column, a.kicker, a.title, a.subtitle) if t]
    if a.byline:
        whole.body.append(Block("paragraph", a.byline))
    whole.body += a.body
    whole.captions += a.captions
    whole.region += a.region


def _compilations(articles: list[Article]) -> list[Article]:
    """A compilation (a short column title over several short items, each with its own headline) is one
    article: the title read as the first item's column names it, the items' headlines are its subheads and
    the names printed with it (the compiler's, as a byline) its authors.  Reporters named in an item's
    dateline wrote the item, not the compilation.  Once the first item is known, the items that follow it
    may open with any dateline.  An extractor may also give the title after the items, alone (no body)."""
    out: list[Article] = []
    i = 0
    while i < len(articles):
        a = articles[i]
        j = i + 1
        if a.column and not a.kicker and _short_title(a.column) and _news_item(a):
            while j < len(articles) and _plain_item(articles[j]):
                j += 1
        if not a.column and not a.kicker and not a.subtitle and _short_title(a.title) and _headed_item(a):
            # the compilation's title over the first item's headline, read as its first paragraph
            while j < len(articles) and _plain_item(articles[j]):
                j += 1
            if j - i >= 2:
                first = Article(title=a.body[0].text.strip(), byline=a.byline, authors=a.authors, body=a.body[1:])
                first.captions, first.region = a.captions, a.region
                out.append(_compilation(a.title, [first, *articles[i + 1 : j]]))
                i = j
                continue
        if j - i >= 2:
            out.append(_compilation(a.column, articles[i:j]))
            i = j
            continue
        if a.column and not a.kicker and not a.subtitle and _short_title(a.column) and _items_as_sections(a):
            # the later items already read as subheads: the first item's headline is one too
            a.body.insert(0, Block("subhead", a.title))  # type: ignore[arg-type]  # (as the pure build: None stays None)
            a.title, a.column = a.column, None
        k = len(out)
        while k > 0 and _plain_item(out[k - 1]):
            k -= 1
        # (two items or more: articles, or items read as one article's sections; not only dated reports)
        items = sum(1 + sum(b.type == "subhead" for b in x.body) if _items_as_sections(x) else 1 for x in out[k:])
        if items >= 2 and any(_news_item(x) or _items_as_sections(x) for x in out[k:]):
            alone = not a.column and not a.kicker and not a.subtitle and _short_title(a.title)
            if alone and not a.body and (not a.byline or P.is_names_line(a.byline) or P.is_single_name(a.byline)):
                # (with the compiler's names printed over it: 黎杰 毛茜 侯芳 / 微阅读)
                out[k:] = [_compilation(a.title, out[k:])]
                if a.byline:
                    out[k].byline, out[k].authors = a.byline, list(a.authors)
                _take_markers(out[k], a)
                out[k].captions += a.captions
                i += 1
                continue
            if alone and i + 1 < len(articles) and [b.type for b in a.body] == ["paragraph"]:
                # one paragraph under it: the next article's first, printed over that article's headline
                nxt = articles[i + 1]
                nxt.body = a.body + nxt.body
                if a.byline and not nxt.byline:
                    nxt.byline = a.byline
                nxt.authors += [n for n in a.authors if n not in nxt.authors]
                out[k:] = [_compilation(a.title, out[k:])]
                _take_markers(out[k], a)
                out[k].captions += a.captions
                i += 1
                continue
            if a.column and a.kicker and a.subtitle and _short_title(a.column):
                # read as the column of the next headline, which has a column, kicker, title and subtitle
                # as well: each of its boxes moves up a role
                out[k:] = [_compilation(a.column, out[k:])]
                a.column, a.kicker, a.title, a.subtitle = a.kicker, a.title, a.subtitle, None
            elif a.column and not a.subtitle and _short_title(a.column):
                # … or as the column over a kicker and title, which keep theirs (and their own column, read as
                # a second one over the kicker: 新闻速递 / 创新故事 / 卫星遥感…相结合 / “天眼”助力…)
                name, _, own = a.column.partition(" ") if a.kicker else (a.column, "", "")
                out[k:] = [_compilation(name, out[k:])]
                a.column = own or None
        out.append(a)
        i += 1
    return out


# a reprinted brief's close, on its own line or run on: …（据新华社伦敦电 记者张家伟）
_REPRINT_END = re.compile(r"[（(]据(?:新华社|中新社)[^（）()]{0,16}电[^（）()]{0,20}[）)]$")
# a news item's last line: its reporter or source in brackets, （许志峰）, （据新华社伦敦电 记者张家伟）
_ITEM_CLOSING = re.compile(r"^[（(]据?(?:新华社|本报|中新社)[^（）()]{0,16}电(?:[\s\u3000]*记者[^（）()]{1,20})?[）)]$")


def _items_as_sections(a: Article) -> bool:
    """Is the body two or more short sections under subheads (the first under the title), each closing
    on its reporter's name or source in brackets, as a compilation's items do?"""
    sections: list[list[str]] = [[]]
    for b in a.body:
        if b.type == "subhead":
            sections.append([])
        else:
            sections[-1].append(b.text.strip())
    return len(sections) >= 2 and all(
        sec
        and sum(len(t) for t in sec) <= ITEM_CHARS
        and (_ITEM_SIGNATURE.match(sec[-1]) or _ITEM_CLOSING.match(sec[-1]))
        for sec in sections
    )


def _headed_item(a: Article) -> bool:
    """Is the body one item under its headline (read as a first subhead, or as a short paragraph with no
    sentence end)?"""
    if len(a.body) < 2 or a.body[1].type != "paragraph":
        return False
    head = a.body[0].text.strip()
    if a.body[0].type == "paragraph" and (len(head) > ITEM_HEAD_CHARS or head[-1] in "。！？…”）)"):
        return False
    return _news_item(Article(title=head, body=a.body[1:]))


def _short_title(t: str | None) -> bool:
    return t is not None and t != "" and len(t.replace(" ", "")) <= COMPILATION_TITLE_CHARS


def _plain_item(a: Article) -> bool:
    # (or two items run together, the second's headline read as a subhead: 新探测器… / （据新华社华盛顿电） /
    # 研究发现…)
    return (
        not a.column
        and (not a.kicker or _head_run_on(a))
        and (_news_item(a, True) or not a.subtitle and _items_as_sections(a))
    )


def _head_run_on(a: Article) -> bool:
    """A 'kicker' that is the first line of an item's headline broken inside a word (新型水凝胶可提升移植细 /
    胞的存活率), the whole headline an item's length.  (Items may have kickers of their own: 农业农村部 /
    抓好“菜篮子”保供.)"""
    k, t = a.kicker or "", a.title or ""
    return bool(k) and len(k) + len(t) + len(a.subtitle or "") <= ITEM_HEAD_CHARS and crosses_word(k, t)


def _title_run_on(subtitle: str) -> bool:
    """A 'subtitle' that is a news item's headline run on to a second line (中国银协评选发布2019年银行业 /
    十件大事): items print no subtitles, and a subtitle this short is no ——line."""
    return len(subtitle) <= ITEM_TITLE_TAIL and _TITLE_TAIL.fullmatch(subtitle) is not None


def _compilation(title: str | None, items: list[Article]) -> Article:
    parts = []
    for item in items:
        head = item.title + item.subtitle if item.title and item.subtitle else item.title
        if item.kicker and head:
            head = item.kicker + head  # (a headline broken over two lines: ``_head_run_on``)
        parts.append(([Block("subhead", head)], item))  # type: ignore[arg-type]  # (an item has a title: _news_item)
    return _join_parts(title, parts)


def _take_markers(whole: Article, part: Article) -> None:
    """``part`` is about to join ``whole``: its continuation markers go with it.  The first 上接 and the last 下转
    stay the article's; a marker between parts (two parts each continued) stays in the body where it was printed,
    a paragraph, so no marker is lost."""
    if part.continued_from is not None:
        if whole.continued_from is None:
            whole.continued_from = part.continued_from
        else:
            whole.body.append(Block("paragraph", part.continued_from.text))
    if part.continues_to is not None:
        if whole.continues_to is not None:
            whole.body.append(Block("paragraph", whole.continues_to.text))
        whole.continues_to = part.continues_to


def _join_parts(title: str | None, parts: list[tuple[list[Block], Article]]) -> Article:
    """One article of several parts, each under its heads (subheads): their bodies, captions and regions in turn,
    their bylines joined, their authors gathered."""
    c = Article(title=title)
    bylines = []
    for heads, item in parts:
        _take_markers(c, item)
        c.body += heads
        c.body += item.body
        c.captions += item.captions
        c.region += item.region
        if item.byline:
            bylines.append(item.byline)
            c.authors += [n for n in item.authors if n not in c.authors]
    c.byline = " ".join(bylines) or None
    return c


def _column_right(ln: PLine, body: list[Unit]) -> float | None:
    """With geometry: where the column of ``ln`` ends — the widest right edge that two or more lines
    share (full lines end there) among the lines near it that start at its left edge (or an indent
    in), in its size, and do not end on a mark that may hang past the edge."""
    b, size = ln.src.bbox, ln.src.size or 0
    if b is None:
        return None  # (text: no line has geometry)
    edges: dict[int, int] = {}
    for u in body:
        for o in u.lines:
            ob = o.src.bbox
            if (
                ob
                and o.src.page == ln.src.page
                and o.src.size == size
                and -0.5 * size < ob[0] - b[0] < 2.5 * size
                and abs(ob[1] - b[1]) < 15 * size
                and o.text[-1] not in _DANGLING_MARKS
            ):
                edges[round(ob[2])] = edges.get(round(ob[2]), 0) + 1
    shared = [e for e, n in edges.items() if n >= 2]
    return max(shared) if shared else max(edges) if edges else None


_DANGLING_MARKS = set("，。、；：？！”’）》」』〉】…,.;:?!)")


def _subhead_texts(units: list[Unit], body: list[Unit], cache: dict | None = None, apart: bool = True) -> list[str]:
    """The subheads a run of heading lines in the body holds: one, unless the lines carry geometry.
    Then a subhead line that stops short of its column's edge, not on a comma, ends its subhead: the
    next line is another subhead (a list of names or places), not its second line.  A subhead broken
    at its space reads the same; it is told by its shape: an ordinal alone on its line (第一章 / 总则),
    a name under its place or office (江苏扬州 / 曹华云), or two lines shaped like the two phrases of a
    subhead ``X Y`` that the same article prints on one line.  A line opening with an ordinal starts a
    subhead.  A single character is no subhead: a padded word broken at its space (重 / 视, 一、综 / 合)
    is one.  ``cache``: a dict kept for one article's body (its subheads' shapes are read once).  ``apart``:
    the text sets subheads apart with blank lines; where it does not, a line that stops short of its column,
    not on a comma, ends its subhead too (吃出绿色 / 吃出健康: two subheads, four times in six where a
    line could have held the next one's first word)."""
    lines = [ln for u in units for ln in u.lines]

    memo = {} if cache is None else cache

    def shapes() -> list[tuple[int, int, bool]]:
        # the one-line ``X Y`` subheads of the article's other runs of heading lines (its body read once)
        if "shapes" not in memo:
            memo["shapes"] = _spaced_subheads(body)
        return [sh[:3] for sh in memo["shapes"] if sh[3] is not units[0]]

    if lines[0].src.bbox is None:
        # text: a blank line between two heading lines parts two subheads (the lines of one subhead are
        # one box, which extractors print without a blank inside); a single character is no subhead
        parts: list[list[Unit]] = []
        at = 0  # (the index in ``lines`` of the unit's first line)
        for k, u in enumerate(units):
            at += len(units[k - 1].lines) if k else 0
            last = parts[-1][-1].lines[-1] if parts else None
            short = (
                not apart
                and last is not None
                and last.width < last.col - 2
                and last.text[-1] not in "，、；：,;:—·…"
                and not _unbalanced(_text(parts[-1]))
                # (nor one broken inside a word of the segmenter's dictionary, 统筹抓好改革发展稳 / 定各项工作, unless
                # a writer's name follows it: 村寨里通了硬化路 / 段春荣)
                and not (
                    crosses_dictionary_word(last.text, u.lines[0].text)
                    and not P.is_single_name(u.lines[0].text.replace(" ", ""))
                )
                # (nor a subhead broken at its space, told by its shape as where lines carry geometry: 第一章 /
                # 总则, 江苏扬州 / 曹华云, 守望相助 / 同舟共济 in an article printing 初心如磐 使命在肩 on one line;
                # on the check pages 3 in 4 such pairs with the first line short were one subhead)
                and not (
                    len(parts[-1]) == 1
                    and len(parts[-1][0].lines) == 1
                    and _one_subhead_by_shape(lines, at, len(parts) == 1, shapes, lists=False)
                )
                and not (k == len(units) - 1 and _four_and_four(_text(parts[-1]), u.text))
                # (nor one ending on a word of one character that opens a phrase, 我国制度优势体现了对 / “三大规律”的科学
                # 把握, or one whose next line opens on a word's last character, …粤港澳大湾 / 区…: a wrapped subhead's
                # first line; of 12,622 subheads of 人民日报 2019–2020 three end so, 职称政策将加大向, and three open so)
                and not (
                    last.last_char in _SUB_OPEN_END
                    and ("\u4e00" <= u.lines[0].first_char <= "\u9fff" or u.lines[0].first_char in "“《")
                    and len(rjieba.cut(last.text[-4:])[-1]) == 1
                )
                and not _opens_bound(u.lines[0].text)
                # (nor an office over the name it goes on in: 电影导演 / 饶晓志)
                and not (_office_alone(_text(parts[-1])) and _office_and_name(_text(parts[-1]), u.text))
            )
            # (a blank inside one subhead: a column jump in mid-phrase, after a comma, with a quotation open or a
            # word broken across it: “抬着头生活，往前看、谋发 / 展”, 一息尚存， / 奋斗不止)
            open_end = (
                last is not None
                and u.blank_before
                and (
                    last.last_char in "，、；,;"
                    or _unbalanced(_text(parts[-1]))
                    or crosses_word(last.text, u.lines[0].text)
                    # (not over a name of its own, 经济长期向好不会变 / blank / 杨伟民: the segmenter's guess 变杨)
                    and not P.is_single_name(u.text.replace(" ", ""))
                    and (last.width >= last.col - 1 or _word_left_open(last.text, u.lines[0].text))
                )
            )
            # 铁凝（中国作协主席） under the heading of what she said: the speaker, a line of its own (112 body lines
            # of 人民日报, each apart from the heading over it)
            # (a name set in two cells may break at its space: 铁 / 凝（中国作协主席）)
            # (… or a long office at its bracket: 尹晓东（中国儿童艺术 / 剧院院长）)
            said = (
                u.text
                if k + 1 == len(units) or len(u.text.strip()) > 1 and not _unbalanced(u.text)
                else u.text + units[k + 1].text
            )
            speaker = last is not None and _SPEAKER_LINE.match(said.replace(" ", "")) is not None
            # a writer's name under the heading of their section, 地名凝聚我们的乡情 / 葛剑雄 (平凡的快乐 / 李 / 御: set in
            # two cells, broken at its space), in one box with it: a line of its own, as blank lines show it elsewhere;
            # not the name completing a signature (陕西省考古研究院 / 孙周勇, 福建龙岩市 / 蔡庆阳) or a credit (陈晓劲图 /
            # 何 娟文), nor a heading's second line (…优质和 / 高产, …高考实施 / 方案, a first line of a full column)
            speaker = speaker or (
                last is not None
                and P.is_single_name(said.replace(" ", ""))
                and not crosses_dictionary_word(last.text, u.lines[0].text)
                and not _signature(last.text, said)
                and _WHO_END.search(last.text) is None
                and not P.is_single_name(_text(parts[-1]).replace(" ", ""))  # (张腾扬 / 李玉杰: one credit)
                and last.width <= last.col - 2
                and last.last_char not in "：:"
                and last.last_char not in _DANGLING
            )
            # 当地员工—— / 我们一直像爱护自己家一样保护工地环境: who speaks, or where, set apart from the words
            # (a body paragraph ending so before another is one of its own in 人民日报 1,041 times: 465 of up to 14
            # characters, 427 of 15 to 40, 江西大余县疾控中心 / 医师蒋金波—— over 忘我投入，用生命诠释担当)
            # (so is a deputy over what they said, 全国人大代表宋亚平： / 让“博物馆里过大年”成常态: a body paragraph of
            # its own in 人民日报 62 times, inside a subhead of up to 30 characters 6)
            # (and 博鳌亚洲论坛副理事长 周 / 小川, 泰国驻华大使 / 阿塔育·习萨目 under the heading of what they said: who says it,
            # an office and a name, a subhead of its own, as 人民日报 keeps it; not a long office broken at the column's
            # edge inside a word, 西安艾尔菲生物科 / 技有限公司董事长…)
            speaker = (
                speaker
                or last is not None
                and (
                    last.text.endswith("——")
                    or _DEPUTY_SAYS.search(_text(parts[-1]).replace(" ", "")) is not None
                    or _DEPUTY_LINE.search(_text(parts[-1]).replace(" ", "")) is not None
                    or _named_says(_text(parts[-1]))
                    or _said_phrase(_text(parts[-1]))
                    and not crosses_dictionary_word(last.text, u.lines[0].text)
                    and _office_and_name(u.text, units[k + 1].text if k + 1 < len(units) else "")
                )
            )
            # (an order's line over its number, 中华人民共和国国务院令 / 第724号: two lines of their own, as in 人民日报)
            order_above = bool(parts) and _ORDER_LINE.fullmatch(_text(parts[-1]).replace(" ", "")) is not None
            # (a line opening on a bullet opens a subhead run's part of its own, ◆尽量减少外出活动 / ◆外出佩戴口罩: a list's
            # items, each a paragraph; in 人民日报 2019–2020 270 paragraphs open on ◆, none holds one past its start)
            if (
                parts
                and not order_above
                and u.text.lstrip()[:1] not in _ITEM_BULLETS
                and (
                    not u.blank_before
                    and not short
                    and not speaker
                    or open_end
                    or len(u.text.strip()) <= 1
                    and not speaker
                    or len(_text(parts[-1]).strip()) <= 1
                    # (一 / blank / 2020年1月22日: a section's number set apart, a heading of its own)
                    and not (u.blank_before and _SECTION_NUMBER.match(_text(parts[-1])))
                )
            ):
                parts[-1].append(u)
            else:
                parts.append([u])
        if not apart:
            parts = [q for p in parts for q in _subhead_rewrapped(p)]  # (what the rules above ran together)
        return [_text(p) for p in parts]
    subs: list[list[str]] = [[lines[0].text]]
    for i in range(1, len(lines)):
        a, b = lines[i - 1], lines[i]
        # a single character ends the word above it (——编 / 者), unless another follows it (重 / 视)
        single_b = len(b.text.strip()) <= 1 and (i == len(lines) - 1 or len(lines[i + 1].text.strip()) > 1)
        if single_b and i + 1 < len(lines) and _PADDED_SIGNATURE.match(b.text.strip() + lines[i + 1].text.strip()):
            single_b = False  # 许 / 江（中国美术学院院长）: a padded name broken at its space opens a signature
        full = _fills_column(a, b, body)
        unclosed = _unbalanced("".join(subs[-1]))  # (a quotation or bracket still open goes on)
        single_a = len(a.text.strip()) <= 1 and len(subs[-1]) == 1  # (重 / 视: no subhead of one character)
        # 第一章 / 总则: an ordinal alone on its line numbers the heading below it; a line that opens with
        # one starts a heading of its own (a table of contents)
        numbered = _ORDINAL_START.match(b.text.strip()) is not None or _DATE_LINE.match(b.text.strip()) is not None
        # (a deputy under the office they hold ends the subhead, however full the line: 北京史家教育集团校长王欢委员 /
        # 推进学校家庭教育一体化, two subheads, as in text)
        deputy = _DEPUTY_LINE.search(a.text.replace(" ", "")) is not None
        joined = (
            full and not numbered and not deputy or unclosed or a.text[-1] in "，、；：,;:—·…" or single_a or single_b
        )
        if not joined and _NAME_ONLY.match(a.text.replace(" ", "")) and _PHOTO_REPORT.match(b.text.strip()):
            joined = True  # 刘新吾 / 何 超摄影报道: one credit line broken at the space between two names
        if not joined and len(subs[-1]) == 1:
            joined = _one_subhead_by_shape(lines, i, len(subs) == 1, shapes)
        if joined:
            subs[-1].append(b.text)
        else:
            subs.append([b.text])
    return [join_lines(s) for s in subs]


SUB_INDENT = 2.0  # cells: a subhead too long for one line is set as a paragraph, its first line indented
SUB_SLACK = 1.0  # cells of measuring error a wrapped subhead's line may stop short by (0.5, 1.5: as many pages up)


def _subhead_rewrapped(part: list[Unit]) -> list[list[Unit]]:
    """Without blank lines: a run of three subhead lines or more that one wrap cannot have set is two subheads or
    more, the fewest that each could be (撤站后， / 货车收费标准作了重新核定 / 各地将复核标准，杜绝借机违规 / 涨价: two
    subheads of two lines, the first broken by hand after its comma, the second wrapped at the column).  A subhead
    of three lines or more is wrapped like a paragraph: its first line may stop short by an indent, the others by
    less than what opens the next line.  No subhead ends on a comma or inside a word of the segmenter's dictionary,
    nor holds a bullet (●, ◆) past its first line; of equal counts the cuts go after the shorter lines.  A line of one character (a name set in two cells broken
    at its space, 李 / 汀) leaves the run as it is."""
    if len(part) <= 2 or any(len(u.lines) != 1 or len(u.text.strip()) <= 1 for u in part):
        return [part]
    lines = [u.lines[0] for u in part]
    if _greedy_box(lines, SUB_INDENT, SUB_SLACK):
        return [part]

    def subhead(i: int, j: int) -> bool:
        return (
            _greedy_box(lines[i:j], SUB_INDENT, SUB_SLACK)
            and not any(ln.text.lstrip()[:1] in _BULLETS for ln in lines[i + 1 : j])
            and not (
                i
                and (
                    lines[i - 1].text.rstrip()[-1:] in "，、；：,;:"
                    or crosses_dictionary_word(lines[i - 1].text, lines[i].text)
                )
            )
        )

    edges = _fewest_boxes(subhead, [0.0] + [ln.width for ln in lines[:-1]])
    if edges is None:
        return [part]
    return [part[i:k] for i, k in zip(edges, edges[1:])]


def _one_subhead_by_shape(
    lines: list, i: int, opens: bool, shapes: Callable[[], list[tuple[int, int, bool]]], lists: bool = True
) -> bool:
    """Line ``i`` goes on the subhead line ``i - 1`` holds alone: one subhead broken at its space, told by its
    shape.  An ordinal alone on its line numbers the heading below it (第一章 / 总则), as a numbered subhead goes on
    in a line that opens with no ordinal (二、2020年：同心奔小康 / 奋进新时代; only where ``lists``: in text, where
    nothing measures the line, 一、征集要求 / 1.诗歌、散文作品 are two headings); a name under its place or office
    (江西新余市 / 廖海金, 中华人民共和国主席 / 习近平); two writers' names (王汉超 / 徐 驰); two phrases shaped like a
    one-line ``X Y`` subhead of the same article (``shapes``, asked only then; ``opens``: line ``i - 1`` opens its
    run).  A line that opens with an ordinal or is a date starts a heading of its own (a table of contents, the
    date under a signature)."""
    a, b = lines[i - 1].text, lines[i].text
    if _ORDINAL_START.match(b.strip()) is not None or _DATE_LINE.match(b.strip()) is not None:
        return False
    if _ORDINAL.match(a.strip()) or lists and _ORDINAL_LIST.match(a.strip()):
        return True
    if _signature(a, b) or _office_over_name(lines, i):
        return True
    if P.is_single_name(a.replace(" ", "")) and (_PADDED_NAME.match(b.strip()) or P.is_single_name(b.strip())):
        return True
    return _like_spaced(a, b, opens, shapes())


# a deputy named under the office they hold, a line over what they said (浙江龙盛集团龙盛研究院副院长欧其代表 /
# 加速工业互联网应用: two subheads in 人民日报's reports from the two sessions), not 卢展工参加医卫界委员 / 小组讨论
# who speaks: the body served and an office in it (博鳌亚洲论坛副理事长, 泰国驻华大使, 本报驻俄罗斯记者), then a name, or
# a name's first character where the line broke inside it (博鳌亚洲论坛副理事长 周 / 小川)
_SPEAKER_OFFICE = (
    r"(?:理事长|会长|院长|校长|所长|局长|部长|厅长|市长|县长|镇长|社长|行长|董事长|秘书长|主任|主席|书记|大使|总裁|记者|"
    r"传承人|导演|创始人|教授|研究员|院士|总经理|总监|负责人|主持人|工程师|设计师)"
)
_OFFICE_LINE = re.compile(r"^[\u4e00-\u9fff“”·]{2,30}?" + _SPEAKER_OFFICE + r"([\u4e00-\u9fff·]{0,8})$")


def _office_alone(text: str) -> bool:
    """An office with no name after it (泰国驻华大使, 电影导演): the name is its next line."""
    m = _OFFICE_LINE.match(text.replace(" ", "").replace("\u3000", ""))
    return m is not None and not m.group(1)


def _named_says(text: str) -> bool:
    """Who someone is and their name, then a colon, over what they said (直播带货达人陈小丽： / 二次就业，销售枇杷,
    高校毕业生贺行行：): a line of its own, as 人民日报 keeps it; not a label (数据来源：, 症状：, 总导演：) nor a name
    alone (冯胜明：, a hero's name over the title of their story)."""
    t = text.replace(" ", "").replace("\u3000", "")
    if not t.endswith(("：", ":")):
        return False
    who = t[:-1]
    if _NOT_WHO.search(who):
        return False  # (书名：创业史作者：, …陌生环境方位：: a label's line)
    return any(len(who) > k + 1 and P.is_single_name(who[-k:]) for k in (3, 2))


_NOT_WHO = re.compile(r"[，。、：；:,]|[者人员位家]$")


def _said_phrase(text: str) -> bool:
    """A heading of what someone said (亚洲经济体具有很强韧性, “特殊时期，更不能辜负大家期待”), not the first part of
    a long office broken over lines (湖南省耒阳市长坪乡马 / 形村第一书记谢云军, 全国政协委员、中国铁道科学研究院 / 首席研究员
    赵红卫) nor a ——line's."""
    t = text.replace(" ", "").replace("\u3000", "")
    return bool(t) and not t.startswith("—") and t[-1] not in "、，,：:" and _WHO_WORDS.search(t) is None


_WHO_WORDS = re.compile(r"[省县镇乡]|委员|代表|医院|大学|学院|公司|集团|社区|协会|中心|" + _SPEAKER_OFFICE)


def _office_and_name(line: str, below: str) -> bool:
    """``line`` (with ``below``, a name's end or a name of its own) is who speaks: an office and a name."""
    t = line.replace(" ", "").replace("\u3000", "")
    m = _OFFICE_LINE.match(t)
    if m is None:
        return False
    name = m.group(1)
    rest = below.replace(" ", "").replace("\u3000", "")
    if not name:
        name = rest
    elif len(name) == 1:
        name += rest  # (a name broken at the line's end: 周 / 小川)
    # (after an office, a name need not open on a common surname: 饶晓志, 屈 佩)
    return _PERSON.fullmatch(name) is not None and _OFFICE_LINE.match(name) is None


_PERSON = re.compile(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,8}")


_DEPUTY_LINE = re.compile(r"(?:长|主席|书记|经理|主任|教授|院士|总裁|总监|专家)[\u4e00-\u9fff]{2,3}(?:代表|委员)$")
_DEPUTY_SAYS = re.compile(r"(?:(?:代表|委员)[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,3}(?:代表|委员))[：:]$")
# a speaker and who they are, in brackets: 铁凝（中国作协主席）, not a photo's credit (X摄（人民视觉）)
_SPEAKER_LINE = re.compile(r"[\u3400-\u9fff·]{1,5}[\u3400-\u9fff·](?<![摄作绘])[（(][^（）()]{4,30}[）)]$")
_ORDINAL = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[章节条编篇部分]{1,2}|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)$"
)
_ORDINAL_START = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[章节条编篇]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"
)
_PADDED_SIGNATURE = re.compile(r"^[\u4e00-\u9fff]{2}[（(][^（）()]{2,30}[）)]$")  # 许江（中国美术学院院长）
_PADDED_NAME = re.compile(r"^[\u4e00-\u9fff][\s\u3000]{1,2}[\u4e00-\u9fff]$")  # 徐 驰: a name set in three cells
_NAME_ONLY = re.compile(r"^[\u3400-\u9fff]{2,3}$")  # (under it, a credit: a name, not only a common surname)
_PHOTO_REPORT = re.compile(r"^[\u3400-\u9fff](?:[\s\u3000]{0,2}[\u3400-\u9fff·]){1,3}[\s\u3000]*摄影报道$")


def _office_over_name(lines: list, i: int) -> bool:
    """Line ``i`` is a name (two or three characters) under an office (``中华人民共和国主席``), and the line
    after it is no office of its own (``何鼎鼎`` / ``本报评论员`` / ``饶思锐`` / ``海南日报评论员`` name each
    writer above his office)."""
    a, b = lines[i - 1].text.replace(" ", ""), lines[i].text.replace(" ", "").replace("\u3000", "")
    if not (2 <= len(a) <= 16 and _ROLE_END.search(a) and _NAME_ONLY.match(b)):
        return False
    return i + 1 >= len(lines) or not _ROLE_END.search(lines[i + 1].text.replace(" ", ""))


_ORDINAL_LIST = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"
)  # (not 第一章: a contents line)
_DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")  # the date under a signature: a line of its own
_WORD_SPACE = re.compile(r"^(\S{2,}) +(\S{2,})$")  # two phrases of two or more characters, one space apart


def _spaced_subheads(body: list[Unit]) -> list[tuple[int, int, bool, Unit]]:
    """The shapes of the subheads ``X Y`` printed on one line in an article's body: a heading line with a
    word space between two phrases (lines the column wrapped joined first), in a run of heading lines that
    a paragraph follows.  A shape is the lengths of the two phrases and whether the line opens its run
    (not under a name or a label), then the unit that starts the run."""
    out = []
    for i, j in _heading_runs(body):
        if (
            j < len(body)
            and body[j].kind == "paragraph"
            and any(" " in ln.text.strip() for u in body[i:j] for ln in u.lines)
        ):
            texts: list[str] = []
            prev = None
            for u in body[i:j]:
                for ln in u.lines:
                    if prev is not None and _fills_column(prev, ln, body):
                        texts[-1] += ln.text
                    else:
                        texts.append(ln.text)
                    prev = ln
            for k, t in enumerate(texts):
                if (m := _WORD_SPACE.match(t.strip())) and not _ORDINAL.match(m.group(1)):  # (第一章 总则: below)
                    out.append((len(m.group(1)), len(m.group(2)), k == 0, body[i]))
    return out


def _heading_runs(body: list[Unit]) -> list[tuple[int, int]]:
    """The runs of heading units in a body, as (start, end) indices, each as long as it goes."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(body):
        if body[i].kind != "heading":
            i += 1
            continue
        j = i
        while j < len(body) and body[j].kind == "heading":
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _fills_column(a: PLine, b: PLine, body: list[Unit]) -> bool:
    """Does heading line ``a`` reach its column's edge (so ``b`` goes on the same subhead)?"""
    right = _column_right(a, body)
    # (a line may stop a cell short when the next begins with an opening mark it may not end on)
    short = 2.0 if b.text[0] in "“‘（《「『〈【(" else 0.9
    box = a.src.bbox
    return a.full() if right is None or box is None else box[2] >= right - short * (a.src.size or 0)


_FOUR = re.compile(r"^[\u4e00-\u9fff]{4}$")


def _four_and_four(above: str, line: str) -> bool:
    """The last two lines of a run of heading lines, four characters each (守望相助 / 同舟共济, 同丰种业公司—— /
    备齐农资 / 送货到家): one subhead broken at its space.  Text without blank lines does not tell it from two
    subheads, and 人民日报 prints such a pair as one subhead ``X Y`` ten times as often as two (216 subheads X Y, 22
    pairs of four-character subheads one after the other)."""
    return _FOUR.match(above.strip()) is not None and _FOUR.match(line.strip()) is not None


def _like_spaced(a: str, b: str, first: bool, shapes: list[tuple[int, int, bool]]) -> bool:
    """Two heading lines, neither with a word space, shaped like the phrases of a one-line ``X Y`` subhead
    of the same article, both opening their runs or both not: one subhead broken at its space (the first
    phrase within a character, the second within three)."""
    a, b = a.strip(), b.strip()
    if _WORD_SPACE.match(a) or _WORD_SPACE.match(b):
        return False
    la, lb = len(a.replace(" ", "")), len(b.replace(" ", ""))
    return any(abs(la - x) <= 1 and abs(lb - y) <= 3 and f == first for x, y, f in shapes)


_ROLE_END = re.compile(
    r"(?:主任|会长|主席|书记|部长|局长|厅长|院长|校长|馆长|所长|社长|台长|站长|经理|董事长|总裁|秘书长|委员|代表|"
    r"记者|编辑|评论员|研究员|教授|传承人|总理|省长|市长|县长|区长|乡长|镇长|村长)$"
)
_PLACE_END = set("省市县区州旗盟镇乡村")
# a line naming where or what a person is, over their name: 陕西省考古研究院 / 孙周勇, 导演 / 韩 延 (or a credit's
# first part: 陈晓劲图 / 何 娟文, 版式设计 / 蔡华伟)
_WHO_END = re.compile(
    r"(?:[院所局厅部委会馆社台站团队校长员师图]|中心|大学|公司|集团|书记|主任|主席|经理|导演|作家|主持人|医生|专家|设计)$"
)


_ONE_NAME = r"(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][\s\u3000]{1,2}[\u4e00-\u9fff])"
_TWO_NAMES = re.compile(rf"^{_ONE_NAME}[\s\u3000]+{_ONE_NAME}$")


def _signature(a: str, b: str) -> bool:
    """A person's name alone on its line under a short line saying who or where they are (a place:
    ``江苏扬州``, ``重庆九龙坡区``; an office: ``…主任``, ``本报驻意大利记者``): one signature line broken at
    its space, as readers' letters and interviews print them.  Two writers' names (``秦风明 秦 宁``) too."""
    names = _TWO_NAMES.match(b.strip()) is not None and b.strip()[0] in P.SURNAMES
    a, b = a.replace(" ", ""), b.replace(" ", "").replace("\u3000", "")
    if not (P.is_single_name(b) or names) or not 2 <= len(a) <= 16 or not all("\u3400" <= c <= "\u9fff" for c in a):
        return False
    if _ROLE_END.search(a) or len(a) <= 8 and a[-1] in _PLACE_END:
        return True
    return len(a) <= 8 and all(tag == "ns" for _, tag in rjieba.tag(a))


def _regions(lines: list[Line]) -> list[Region]:
    """An article's outline: one rectangle per column piece (lines stacked with a small gap), so a viewer
    outlines the L- and U-shapes articles take on a page instead of one box over its neighbours."""
    boxes: list[list] = []  # [page, x0, y0, x1, y1]
    for ln in lines:
        if not ln.bbox:
            continue
        x0, y0, x1, y1 = ln.bbox
        h = max(1.0, y1 - y0)
        for b in boxes:
            overlap = min(b[3], x1) - max(b[1], x0)
            if (
                b[0] == ln.page
                and overlap > 0.5 * min(b[3] - b[1], x1 - x0)
                and y0 - b[4] < 2.5 * h
                and b[2] - y1 < 2.5 * h
            ):
                b[1], b[2], b[3], b[4] = min(b[1], x0), min(b[2], y0), max(b[3], x1), max(b[4], y1)
                break
        else:
            boxes.append([ln.page, x0, y0, x1, y1])
    return [Region(b[0], (b[1], b[2], b[3], b[4])) for b in boxes]


def _first_lines_back(units: list[Unit]) -> list[Unit]:
    """A paragraph's first line read as a heading line, under a headline with no blank line between: the line two
    cells short of the paragraph's lines (its lost indent), the paragraph's own first line at the full measure (no
    indent there), a comma inside it or a word run across into the paragraph (``荆风楚韵 魅力无限`` / ``从运动员汇聚的
    军运村，到`` / ``观众云集的比赛场馆，本届军运``).  On ten development folders 22 such lines open a paragraph in the
    records and one is a headline; they go back to their paragraph.  So does one over a column's jump (a blank line
    under it) that stands at its own column's first-line measure too, comma or not, unless the paragraph says it again
    (a headline's words): on the pdfminer development folders 16 such lines open a paragraph, none is a heading (华人占
    文莱总人口约 / blank / 1/10，对国家经济发展贡…).  So does a first line at a column's foot over a paragraph going on in
    a wider column (``_jumps_to_wider``).  (Text only: with font sizes the reader knows.)"""
    out: list[Unit] = []
    for u in units:
        above = out[-1] if out else None
        if (
            above is not None
            and u.kind == "paragraph"
            and above.kind == "heading"
            and len(above.lines) == 1
            and len(u.lines) >= 2
            and above.lines[0].src.size is None
            and abs(u.lines[0].width - u.lines[1].width) <= 0.5
            and not u.lines[0].text.lstrip().startswith(("本报", "新华社"))
            and (
                _jumps_to_wider(out, u)
                or abs(above.lines[0].width - (u.lines[0].width - 2)) <= 0.5
                and above.text.strip()[-1:] not in "。！？”）)"
                and (
                    not u.blank_before
                    and ("，" in above.text or crosses_word(above.lines[0].text, u.lines[0].text))
                    # (a column's jump under it: its own column's measure, two cells short, says a first line too)
                    or u.blank_before
                    and abs(above.lines[0].width - (above.lines[0].col - 2)) <= 0.5
                    # (not a headline the paragraph says again: 把心和乡亲们贴在一起 / 要让群众跟你干…就得把心和乡亲们贴在一起)
                    and above.text.strip().replace(" ", "") not in u.text.replace(" ", "")
                )
            )
        ):
            out[-1] = Unit("paragraph", above.lines + u.lines, blank_before=above.blank_before)
            continue
        out.append(u)
    return out


def _jumps_to_wider(out: list[Unit], u: Unit) -> bool:
    """The heading line ``out[-1]`` is a paragraph's first line at the foot of a column, the paragraph ``u`` going on in
    a wider one (日益严峻的人口老龄 / 化问题给韩国经济和社会发展带来沉重负, with a blank line between or none): the line
    stops two cells short of the column of the paragraph above it (the lost indent), and ``u``'s lines are three cells
    wider or more."""
    if len(out) < 2 or out[-2].kind != "paragraph":
        return False
    above, lines = out[-1].lines[0], out[-2].lines
    # (the column of the paragraph above: its last full line's, the short last one read at the next column's width)
    col = lines[-2].col if len(lines) >= 2 else lines[-1].col
    return abs(above.width - (col - 2)) <= 0.5 and u.lines[0].width >= col + 3


def read_page(lines: list[Line]) -> tuple[list[Unit], list[str], list[Run], list[Group], bool]:
    """The page as the programme reads it: units, furniture, runs and groups, and whether the extractor
    marks blocks with blank lines (pdfminer; then a blank separates headline boxes).  The models are
    fitted on exactly this reading (``banmian.evaluate.fit``)."""
    units, furniture = reflow(lines)
    units = _first_lines_back(units)
    runs, groups = _sequence(units)
    asked = _asked_bigrams(groups)
    for run in runs:
        run.asked = asked
    blanks = sum(u.blank_before for u in units) > 0.3 * max(1, len(units))
    return units, furniture, runs, groups, blanks


def reconstruct(lines: list[Line]) -> Page:
    """Rebuild the articles of one page from its lines (pure: no I/O)."""
    units, furniture, runs, groups, blanks = read_page(lines)
    sizes = [u.lines[0].src.size for u in units if u.kind == "paragraph" and u.lines[0].src.size]
    body_size = max(set(sizes), key=sizes.count) if sizes else None
    n_blank = sum(u.blank_before for u in units[1:])  # (the page's first line counts as after a blank)
    documents = {
        **_reporters_sections(runs, groups),
        **_deputies_sections(runs, groups),
        **_tagged_headlines(groups),
        **_leads_open(runs, groups),
        **_document_sections(runs, groups),
        **_field_groups(groups),
    }
    choices, _ = _decide(runs, groups, body_size, blanks, force=documents)
    choices = _consistent_sets(
        runs, groups, choices, lambda force: _decide(runs, groups, body_size, blanks, force={**force, **documents})
    )
    choices, _ = _decide(runs, groups, body_size, blanks, fixed=choices, bodies=_article_bodies(runs, choices))
    choices = _genre_columns_open(groups, choices)
    # the extractor sets paragraphs (and so subheads) apart with blank lines: on generated pages pdfminer
    # does before 78 % of paragraphs or more on 19 pages in 20, pdftotext (which breaks only at column
    # chunks) before 24 % at most (the seed page: 95 %)
    paras = [u for u in units[1:] if u.kind == "paragraph"]
    subheads_apart = sum(u.blank_before for u in paras) > 0.45 * len(paras)
    blanks = n_blank > 0.02 * len(units)  # for headline boxes: only text with no blank lines at all needs word cues

    drafts: list[_Draft] = [_Draft(body=list(runs[0].units))]
    for g, ch, run in zip(groups, choices, runs[1:], strict=True):
        if ch.sub:
            drafts[-1].body += g.units + run.units
        else:
            drafts[-1].head_after += g.units[: ch.k]
            drafts.append(_Draft(head_before=g.units[ch.k :], body=list(run.units)))
    if groups and choices[0].sub and not runs[0].units and _byline_over_headings(groups[0]):
        drafts[0].head_before = [drafts[0].body.pop(0)]  # (the byline: the article's, over its first subhead)
    _columns_go_down(drafts, blanks)
    for above, d in zip(drafts, drafts[1:]):
        if above.head_after and d.head_before and _closing_lines(above.head_after[-1:] + d.head_before, 0) >= 2:
            # a document's signature cut after its issuer (中华人民共和国国务院 / 2020年1月7日): both close the body
            # above, not a headline printed under it
            above.body = [*above.body, above.head_after.pop()]
        # lines closing the article above, read as the first of the headline below: they end its body
        closed = False
        while n := _closing_lines(d.head_before, 0):
            above.body = [*above.body, Unit("paragraph", [ln for u in d.head_before[:n] for ln in u.lines])]
            d.head_before = d.head_before[n:]
            closed = True
        if closed and d.head_before and _names_alone(d.head_before[0]):
            # …本报记者杜尚泽） / 邱荷琰 / 中国产品助力全球抗疫: the name under the closing line is the article's above (its
            # byline printed last), not the first line of the headline below, nor a title over the body below
            name = d.head_before.pop(0)
            above.head_after = [*above.head_after, Unit("names", name.lines, name.blank_before)]
    for d in drafts:
        # names under a body, over its headline printed at its foot (贾昭 / 新一代载人飞船试验船—— / 亮点在哪里？): its own
        # (under its credits, 制图：张丹峰 / 贾昭 / …, and a box of its own: a headline's first line may read as a name,
        # 李铁满 / 意国足集训)
        c = _closing_lines(d.head_after, 0) if any(_names_alone(u) for u in d.head_after[1:-1]) else 0
        if (
            len(d.head_after) > c + 1
            and _names_alone(d.head_after[c])
            and d.head_after[c].blank_before
            and d.head_after[c + 1].kind == "heading"
            and d.head_after[c + 1].blank_before
        ):
            d.head_after[c] = Unit("names", d.head_after[c].lines, d.head_after[c].blank_before)
    for d in drafts:
        # headings printed after the byline open the body (核心阅读, a first subhead), with a section's own byline
        # under them (□本报记者 X / 一线见闻 / 本报记者 Y: Y is the section's reporter, not the article's)
        hb = d.head_before
        first_byline = next((i for i, u in enumerate(hb) if u.kind == "byline"), None)
        if first_byline is not None and any(_is_title_line(u) for u in hb[:first_byline]):
            k = next((i for i in range(first_byline + 1, len(hb)) if hb[i].kind == "heading"), None)
            if k is not None:
                d.body = hb[k:] + d.body
                d.head_before = hb[:k]
    if body_size and _sized_page(runs, groups, body_size):
        for d in drafts:
            _body_size_tail_opens_body(d, body_size)
            _body_size_head_after_ends_body(d, body_size)
        _body_size_orphans_end_body(drafts, body_size)
    for d in drafts:
        _first_section_subhead(d)
    drafts = [d for d in drafts if d.body or d.head_before or d.head_after]
    _foot_headline_takes_tail(drafts)
    drafts = _continued_apart(drafts)
    drafts = _split_double_titles(drafts)
    drafts = _comment_columns_open_articles(drafts)
    _markers_to_their_articles(drafts)
    page = Page(furniture=furniture)
    # what the page's head says of itself (人民日报, 2020年1月8日, 10): the caller's metadata, when given, wins
    page.newspaper, page.date, page.page = P.page_head(furniture)
    unassigned: list[str] = []
    series = _series_names(drafts)
    for d in drafts:
        if not any(u.kind == "paragraph" for u in d.body) and not d.title_units():
            # a lone byline or caption with no article: keep it, visibly
            unassigned += [u.text for u in d.head_before + d.body + d.head_after]
            continue
        page.articles.append(_build(d, unassigned, blanks, subheads_apart, series))
    page.unassigned = unassigned
    articles = _repeated_quotes(page.articles)
    articles = _labelled_parts(_reader_columns(_voices(articles)))
    articles = _bylined_sections(_quoted_sections(_noted_sections(articles)))
    articles = _decrees_join_their_law(_chapters_join(_credited_sections(articles)))
    page.articles = _notes_not_headlines(_names_go_back(_credits_go_back(_compilations(articles))))
    for i, a in enumerate(page.articles, 1):
        a.id = f"a{i}"
    return page
