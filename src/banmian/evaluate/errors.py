"""Where a parsed page's articles go wrong, sorted into kinds: what the metrics of issue 2 count, told apart.

Every truth article is read against the parsed article holding most of its matched text (its *holder*, as the
field accuracies read it, ``metrics.score_page``):

* **titles** — the holder's title against the truth's, sorted by what the holder took for it (``TITLE_ERRORS``):
  the title split over two boxes (its first line read as a kicker or a column's name, its last as a subtitle), run
  together with the box above it or the line under it, the kicker or the subtitle, a neighbouring article's title
  (the two run together, or the article cut and the holder is the other part), a section's subhead, a line of body,
  none.
* **misplaced text** — by kind of article (``ARTICLE_KINDS``: a compilation of reports, an article in sections,
  a plain one), the characters of the article its holder lacks (*cut*: they are in other parsed articles) and
  the characters of other articles its holder holds (*merged in*): the two sides of the B-cubed score.

``bench/errors.py`` prints both for folders of generated pages; docs/evaluation.md reports them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from banmian.evaluate.metrics import _as_dict, _blocks, match_blocks, norm
from banmian.model import Page

TITLE_ERRORS = (
    "right",
    "no article holds its text",
    "no title",
    "split: kicker and title",
    "split: column and title",
    "split: title and subtitle",
    "another article's title",
    "cut short",
    "runs on into the line under it",
    "run together with the box above",
    "the kicker",
    "the subtitle",
    "a subhead",
    "a line of body",
    "other",
)
ARTICLE_KINDS = ("compilation", "sections", "plain")

# a report's opening: a dateline (本报北京1月31日电, 新华社…电) or a reporters' line (本报记者 X)
_REPORT_OPENS = re.compile(r"^(?:本报[^，。]{0,12}电|新华社[^，。]{0,12}电|本报记者|记者)")


@dataclass
class PageErrors:
    """One page's (or, summed with ``+``, many pages') title errors by kind and misplaced text by kind of article."""

    titles: Counter[str] = field(default_factory=Counter)
    articles: Counter[str] = field(default_factory=Counter)  # truth articles by kind
    characters: Counter[str] = field(default_factory=Counter)  # their matched text by kind
    cut: Counter[str] = field(default_factory=Counter)
    merged_in: Counter[str] = field(default_factory=Counter)

    def __add__(self, other: PageErrors) -> PageErrors:
        return PageErrors(
            self.titles + other.titles,
            self.articles + other.articles,
            self.characters + other.characters,
            self.cut + other.cut,
            self.merged_in + other.merged_in,
        )


def article_kind(article: dict) -> str:
    """``compilation``: two subheads or more over reports of their own (two paragraphs or more open with a dateline
    or a reporters' line), or a title of four characters or fewer over its items (速览, 数读); ``sections``: a
    subhead at least; ``plain``: none."""
    body = article.get("body") or []
    subheads = sum(b.get("type") == "subhead" for b in body)
    reports = sum(b.get("type") == "paragraph" and _REPORT_OPENS.match(b.get("text") or "") is not None for b in body)
    title = norm(article.get("title"))
    if subheads >= 2 and (reports >= 2 or 0 < len(title) <= 4):
        return "compilation"
    return "sections" if subheads else "plain"


def title_error(truth_article: dict, holder: dict | None, truth_page: dict) -> str:
    """What the holder (``None``: no parsed article holds the article's text) took for the truth article's title:
    one of ``TITLE_ERRORS``.  The truth article has a title."""
    want = norm(truth_article.get("title"))
    if holder is None:
        return "no article holds its text"
    column, kicker, got, subtitle = (norm(holder.get(k)) for k in ("column", "kicker", "title", "subtitle"))
    if got == want:
        return "right"
    others = [a for a in truth_page.get("articles") or [] if a is not truth_article]
    if got and kicker and kicker + got == want:
        return "split: kicker and title"
    if got and column and column + got == want:
        return "split: column and title"
    if got and subtitle and got + subtitle == want:
        return "split: title and subtitle"
    if not got:
        return "no title"
    if got in {norm(a.get("title")) for a in others}:
        return "another article's title"
    if want.startswith(got):
        return "cut short"
    if got.startswith(want):
        return "runs on into the line under it"
    if got.endswith(want):
        return "run together with the box above"
    if got == norm(truth_article.get("kicker")):
        return "the kicker"
    if got == norm(truth_article.get("subtitle")):
        return "the subtitle"
    body = [b for a in truth_page.get("articles") or [] for b in a.get("body") or []]
    if any(b.get("type") == "subhead" and got in norm(b.get("text")) for b in body):
        return "a subhead"
    if any(b.get("type") == "paragraph" and got in norm(b.get("text")) for b in body):
        return "a line of body"
    return "other"


def _cells(pd: dict, td: dict) -> tuple[dict[int, dict[int, int]], dict[int, dict[int, int]]]:
    """How much matched text each (parsed, truth) pair of articles shares, by truth article and by parsed article
    (as ``score_page``: matched blocks, each weighted by its truth text's length)."""
    pb, tb = _blocks(pd), _blocks(td)
    by_truth: dict[int, dict[int, int]] = {}
    by_parsed: dict[int, dict[int, int]] = {}
    for pi, ti in match_blocks([b[0] for b in pb], [b[0] for b in tb]):
        pa, ta, w = pb[pi][1], tb[ti][1], len(tb[ti][0])
        by_truth.setdefault(ta, {})[pa] = by_truth.get(ta, {}).get(pa, 0) + w
        by_parsed.setdefault(pa, {})[ta] = by_parsed.get(pa, {}).get(ta, 0) + w
    return by_truth, by_parsed


def _holder(held: dict[int, int]) -> int | None:
    """The parsed article holding most of a truth article's text, the first of equals (``score_page``'s choice)."""
    return max(held, key=lambda pa: (held[pa], -pa)) if held else None


def holders(predicted: Page | dict, truth: Page | dict) -> list[tuple[dict, dict | None]]:
    """Each truth article with its holder (``None`` where no parsed article holds any of its text)."""
    pd, td = _as_dict(predicted), _as_dict(truth)
    by_truth, _ = _cells(pd, td)
    parsed = pd.get("articles") or []
    out = []
    for ta, article in enumerate(td.get("articles") or []):
        h = _holder(by_truth.get(ta, {}))
        out.append((article, parsed[h] if h is not None else None))
    return out


def page_errors(predicted: Page | dict, truth: Page | dict) -> PageErrors:
    """The title errors and misplaced text of one parsed page against its truth."""
    pd, td = _as_dict(predicted), _as_dict(truth)
    by_truth, by_parsed = _cells(pd, td)
    out = PageErrors()
    parsed = pd.get("articles") or []
    for ta, article in enumerate(td.get("articles") or []):
        held = by_truth.get(ta, {})
        holder = _holder(held)
        if norm(article.get("title")):
            out.titles[title_error(article, parsed[holder] if holder is not None else None, td)] += 1
        kind = article_kind(article)
        out.articles[kind] += 1
        out.characters[kind] += sum(held.values())
        if holder is not None:
            out.cut[kind] += sum(held.values()) - held[holder]
            out.merged_in[kind] += sum(w for t2, w in by_parsed[holder].items() if t2 != ta)
    return out


def errors_table(errors: PageErrors) -> str:
    """Markdown: the title errors by kind (most first), then the misplaced text by kind of article."""
    total = sum(errors.titles.values())
    lines = ["| the holder's title | articles | share |", "|---|---:|---:|"]
    for kind in sorted(errors.titles, key=lambda k: (-errors.titles[k], TITLE_ERRORS.index(k))):
        lines.append(f"| {kind} | {errors.titles[kind]:,} | {errors.titles[kind] / total:.3f} |")
    lines += [
        "",
        "| kind of article | articles | characters | cut (not in the holder) | merged in (others' text in the holder) |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in ARTICLE_KINDS:
        lines.append(
            f"| {kind} | {errors.articles[kind]:,} | {errors.characters[kind]:,} | {errors.cut[kind]:,} "
            f"| {errors.merged_in[kind]:,} |"
        )
    return "\n".join(lines)
