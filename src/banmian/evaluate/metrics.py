"""Page metrics, exactly as issue 2 defines them.

* Texts are compared with all whitespace removed and a leading ``本报讯`` / ``本报…电`` +
  ``（记者…）`` prefix ignored (a parser may keep it in the paragraph or move it to the byline).
* A predicted body block (paragraph or subhead) matches a truth block when
  ``SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.98``; matching is one-to-one, exact
  matches first, then the best ratios first.
* **block F1** over matched body blocks; **block type accuracy** over the matches.
* **article B-cubed F1**, blocks weighted by their (truth) length: a matched block's precision is the
  share of its predicted article's matched text that belongs to its truth article, averaged over the
  matched blocks; a block's recall is the share of its truth article's text (all of it, matched or
  not) found in its predicted article, averaged over all truth blocks (an unmatched block counts 0).
  This reproduces the figures of issue 2 on the seed page (naive 0.331, ppt-common 0.333).
* **field accuracy** (title, kicker, subtitle, authors): for each truth article with the field set,
  the predicted article holding most of its matched text must have the field equal
  (whitespace-free text; authors as a set).  No matched text → wrong.
* **strict field accuracy** (kicker, subtitle, authors; not in issue 2): the same, over the truth articles
  where the truth *or* the holding article sets the field, so a kicker invented where the page has none (a
  column's name read as a kicker) counts wrong; field accuracy alone cannot see it.
* **continuation accuracy** (not in issue 2, nor in ``perfect``): over the truth articles where the truth or the
  holding article marks a continuation (``（上接第X版）`` / ``（下转第X版）``), the holder must name the same pages
  in ``continued_from`` and ``continues_to``.
* ``summarize`` averages each metric over the pages where it is defined and gives the share of
  pages reconstructed perfectly (every defined metric equal to 1).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from typing import Any

from banmian.model import Page

MATCH_RATIO = 0.98
# ratio = 2M / (a + b) with M <= min(a, b): a match needs min/max >= r / (2 - r)
_LEN_BOUND = MATCH_RATIO / (2 - MATCH_RATIO)
FIELDS = ("title", "kicker", "subtitle", "authors")
METRIC_KEYS = (
    "block_f1",
    "block_type_acc",
    "article_bcubed_f1",
    "title_acc",
    "kicker_acc",
    "subtitle_acc",
    "authors_acc",
    "kicker_strict_acc",
    "subtitle_strict_acc",
    "authors_strict_acc",
)
STRICT_FIELDS = ("kicker", "subtitle", "authors")
# scored and averaged, but left out of a perfect page (added after the figures the sessions compare were set)
EXTRA_KEYS = ("continuation_acc",)

_WS = re.compile(r"\s+")
_PREFIX = re.compile(r"^(?:本报讯|本报[^，。、；：！？（）]{0,20}?电)?(?:（[^（）]{0,30}?记者[^（）]{0,40}?）)?")


def norm(text: str | None) -> str:
    """Whitespace-free text."""
    return _WS.sub("", text or "")


def norm_block(text: str) -> str:
    """Whitespace-free text without a leading ``本报讯 （记者 X）`` / ``本报北京1月31日电 （记者X）``."""
    t = norm(text)
    return t[_PREFIX.match(t).end() :]


@dataclass
class PageScore:
    block_f1: float
    block_type_acc: float | None
    article_bcubed_f1: float
    title_acc: float | None
    kicker_acc: float | None
    subtitle_acc: float | None
    authors_acc: float | None
    kicker_strict_acc: float | None = None
    subtitle_strict_acc: float | None = None
    authors_strict_acc: float | None = None
    continuation_acc: float | None = None
    truth_blocks: int = 0
    predicted_blocks: int = 0
    matched_blocks: int = 0

    @property
    def perfect(self) -> bool:
        return all(v is None or v >= 1.0 - 1e-9 for v in (getattr(self, k) for k in METRIC_KEYS))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _as_dict(page: Page | dict) -> dict:
    return page.to_dict() if isinstance(page, Page) else page


def _blocks(page: dict) -> list[tuple[str, int, str]]:
    """(normalized text, article index, type) of every non-empty body block."""
    out = []
    for ai, art in enumerate(page.get("articles") or []):
        for b in art.get("body") or []:
            t = norm_block(b.get("text") or "")
            if t:
                out.append((t, ai, b.get("type") or "paragraph"))
    return out


def match_blocks(pred: list[str], truth: list[str]) -> list[tuple[int, int]]:
    """One-to-one matches (pred index, truth index): exact texts first, then by ratio >= 0.98, best first.

    Candidates are limited to truth blocks whose length allows the ratio (and pass the cheap
    upper bounds of difflib), so a page costs about one full ``ratio()`` per near-miss block.
    """
    pairs: list[tuple[int, int]] = []
    by_text: dict[str, list[int]] = {}
    for ti, t in enumerate(truth):
        by_text.setdefault(t, []).append(ti)
    free_pred = []
    used_truth: set[int] = set()
    for pi, p in enumerate(pred):
        lst = by_text.get(p)
        if lst:
            ti = lst.pop(0)
            used_truth.add(ti)
            pairs.append((pi, ti))
        else:
            free_pred.append(pi)
    rest = sorted((len(truth[ti]), ti) for ti in range(len(truth)) if ti not in used_truth)
    lengths = [n for n, _ in rest]
    cands: list[tuple[float, int, int]] = []
    for pi in free_pred:
        p = pred[pi]
        n = len(p)
        lo = bisect.bisect_left(lengths, n * _LEN_BOUND)
        hi = bisect.bisect_right(lengths, n / _LEN_BOUND)
        if lo >= hi:
            continue
        sm = SequenceMatcher(None, autojunk=False)
        sm.set_seq2(p)  # seq2 is the one difflib indexes: index the predicted block once
        for _, ti in rest[lo:hi]:
            sm.set_seq1(truth[ti])
            if sm.real_quick_ratio() < MATCH_RATIO or sm.quick_ratio() < MATCH_RATIO:
                continue
            r = sm.ratio()
            if r >= MATCH_RATIO:
                cands.append((r, pi, ti))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_pred: set[int] = set()
    for _, pi, ti in cands:
        if pi in used_pred or ti in used_truth:
            continue
        used_pred.add(pi)
        used_truth.add(ti)
        pairs.append((pi, ti))
    return pairs


def _field_value(art: dict, name: str) -> Any:
    if name == "authors":
        vals = {norm(a) for a in art.get("authors") or []} - {""}
        return frozenset(vals) or None
    return norm(art.get(name)) or None


def _continuation_pages(art: dict) -> tuple[int | None, int | None]:
    def page_of(c: Any) -> int | None:
        return c.get("page") if isinstance(c, dict) else None

    return page_of(art.get("continued_from")), page_of(art.get("continues_to"))


def score_page(predicted: Page | dict, truth: Page | dict) -> PageScore:
    """Score one parsed page against its truth (both ``Page`` objects or ``to_dict()`` dicts)."""
    pd, td = _as_dict(predicted), _as_dict(truth)
    pb, tb = _blocks(pd), _blocks(td)
    pairs = match_blocks([b[0] for b in pb], [b[0] for b in tb])
    m = len(pairs)
    if not pb and not tb:
        f1 = 1.0
    else:
        prec = m / len(pb) if pb else 0.0
        rec = m / len(tb) if tb else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    type_acc = sum(pb[pi][2] == tb[ti][2] for pi, ti in pairs) / m if m else None

    # B-cubed over matched blocks, weighted by the truth block's length
    truth_len: dict[int, int] = {}
    for t, ai, _ in tb:
        truth_len[ai] = truth_len.get(ai, 0) + len(t)
    pred_art_len: dict[int, int] = {}
    cell: dict[tuple[int, int], int] = {}
    for pi, ti in pairs:
        pa, ta, w = pb[pi][1], tb[ti][1], len(tb[ti][0])
        pred_art_len[pa] = pred_art_len.get(pa, 0) + w
        cell[(pa, ta)] = cell.get((pa, ta), 0) + w
    if pairs:
        wsum = p_sum = r_sum = 0.0
        for pi, ti in pairs:
            pa, ta, w = pb[pi][1], tb[ti][1], len(tb[ti][0])
            both = cell[(pa, ta)]
            wsum += w
            p_sum += w * both / pred_art_len[pa]
            r_sum += w * both / truth_len[ta]
        # recall averages over all truth text: an unmatched truth block is text found nowhere (recall 0)
        bp, br = p_sum / wsum, r_sum / sum(truth_len.values())
        bcubed = 2 * bp * br / (bp + br) if bp + br else 0.0
    else:
        bcubed = 1.0 if not tb and not pb else 0.0

    # fields: the predicted article holding most of each truth article's matched text
    holder: dict[int, int] = {}
    for ta in {ta for _, ta in cell}:
        holder[ta] = max(((w, -pa) for (pa, t2), w in cell.items() if t2 == ta))[1] * -1
    p_arts = pd.get("articles") or []
    accs: dict[str, float | None] = {}
    for name in FIELDS:
        total = right = 0
        for ta, art in enumerate(td.get("articles") or []):
            want = _field_value(art, name)
            if want is None:
                continue
            total += 1
            if ta in holder and _field_value(p_arts[holder[ta]], name) == want:
                right += 1
        accs[name] = right / total if total else None
    for name in STRICT_FIELDS:
        total = right = 0
        for ta, art in enumerate(td.get("articles") or []):
            want = _field_value(art, name)
            got = _field_value(p_arts[holder[ta]], name) if ta in holder else None
            if want is None and got is None:
                continue
            total += 1
            right += want == got
        accs[name + "_strict"] = right / total if total else None
    total = right = 0
    for ta, art in enumerate(td.get("articles") or []):
        want = _continuation_pages(art)
        got = _continuation_pages(p_arts[holder[ta]]) if ta in holder else (None, None)
        if want == got == (None, None):
            continue
        total += 1
        right += want == got
    return PageScore(
        f1,
        type_acc,
        bcubed,
        accs["title"],
        accs["kicker"],
        accs["subtitle"],
        accs["authors"],
        accs["kicker_strict"],
        accs["subtitle_strict"],
        accs["authors_strict"],
        continuation_acc=right / total if total else None,
        truth_blocks=len(tb),
        predicted_blocks=len(pb),
        matched_blocks=m,
    )


def summarize(scores: list[PageScore]) -> dict[str, Any]:
    """Means over pages (each metric over the pages where it is defined), pages, share of perfect pages."""
    out: dict[str, Any] = {}
    for k in METRIC_KEYS + EXTRA_KEYS:
        vals = [getattr(s, k) for s in scores if getattr(s, k) is not None]
        out[k] = round(sum(vals) / len(vals), 4) if vals else None
    out["pages"] = len(scores)
    out["perfect_pages"] = round(sum(s.perfect for s in scores) / len(scores), 4) if scores else None
    return out
