"""Pure helpers that turn archive records into what the templates show (no I/O, easy to test).

Calendar grids, pagination, highlighted snippets, the colouring of raw page text by article, article regions
as percentages of the page image, citations and entity groups.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

N_COLOURS = 8

KIND_CN = {"text": "文本", "pdf": "PDF", "image": "扫描图像", "scan": "扫描图像"}

ENTITY_LABELS = {
    "person": "人物",
    "per": "人物",
    "place": "地点",
    "loc": "地点",
    "location": "地点",
    "org": "机构",
    "organization": "机构",
    "organisation": "机构",
    "date": "日期",
    "time": "日期",
    "amount": "数额",
    "money": "数额",
    "keyword": "关键词",
}


def date_cn(iso: str | None) -> str:
    """``2019-02-01`` → ``2019年2月1日``; anything else is shown as given."""
    if not iso:
        return ""
    try:
        d = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def q(value: Any) -> str:
    """Quote one path segment (newspaper names are Chinese; ids may hold anything)."""
    return quote(str(value), safe="")


def paper_url(newspaper: str) -> str:
    return f"/n/{q(newspaper)}"


def issue_url(newspaper: str, day: str, edition: str | None = None) -> str:
    url = f"/n/{q(newspaper)}/{q(day)}"
    return url + (f"?edition={q(edition)}" if edition else "")


def page_url(newspaper: str, day: str, number: int | str, edition: str | None = None) -> str:
    url = f"/n/{q(newspaper)}/{q(day)}/{q(number)}"
    return url + (f"?edition={q(edition)}" if edition else "")


def article_url(article_id: str) -> str:
    return f"/a/{q(article_id)}"


def calendar_months(year: int, days: Iterable[str], url: Callable[[str], str]) -> list[dict[str, Any]]:
    """Month grids (Monday first) for the months of ``year`` that have an issue; issue days link to ``url(day)``."""
    have: dict[int, set[int]] = {}
    for s in days:
        try:
            d = date.fromisoformat(str(s)[:10])
        except ValueError:
            continue
        if d.year == year:
            have.setdefault(d.month, set()).add(d.day)
    months = []
    for month in sorted(have):
        weeks = []
        for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
            row: list[dict[str, Any] | None] = []
            for day in week:
                if not day:
                    row.append(None)
                    continue
                iso = f"{year:04d}-{month:02d}-{day:02d}"
                row.append({"day": day, "date": iso, "url": url(iso) if day in have[month] else None})
            weeks.append(row)
        months.append({"month": month, "count": len(have[month]), "weeks": weeks})
    return months


def pagination(
    total: int,
    page: int,
    per_page: int,
    url: Callable[[int], str],
    window: int = 2,
    more: bool = False,
    max_page: int | None = None,
) -> dict[str, Any]:
    """Page links: first, last and ``window`` pages either side of the current one, with gaps between.

    ``more``: ``total`` is a lower bound (counting stopped there; more match): the page holding the next match is
    offered, and no last page, a gap instead.  ``max_page``: no page after it is offered."""
    n_pages = max(1, -(-(total + more) // per_page))
    if max_page is not None:
        more = more and n_pages < max_page
        n_pages = min(n_pages, max_page)
    page = min(max(1, page), n_pages)
    shown = sorted({1, *(() if more else (n_pages,)), *range(max(1, page - window), min(n_pages, page + window) + 1)})
    items: list[dict[str, Any]] = []
    prev = 0
    for n in shown:
        if n - prev > 1:
            items.append({"gap": True})
        items.append({"n": n, "url": url(n), "current": n == page, "gap": False})
        prev = n
    if more:
        items.append({"gap": True})
    return {
        "pages": items,
        "prev_url": url(page - 1) if page > 1 else None,
        "next_url": url(page + 1) if page < n_pages else None,
        "page": page,
        "n_pages": n_pages,
    }


# Highlight markers an engine may put around matched terms: FTS5 snippet() markers of our choosing, <mark>/<b>
# tags, or the private-use characters U+E000/U+E001.  Everything else in the snippet is escaped.
_MARKS = re.compile(r"(<mark>|</mark>|<b>|</b>|\[\[|\]\]|\ue000|\ue001)")
_OPEN = {"<mark>", "<b>", "[[", "\ue000"}


def marked_snippet(snippet: str | None) -> Markup:
    """Escape an engine's snippet, turning only its highlight markers into ``<mark>`` elements."""
    if not snippet:
        return Markup("")
    out: list[str] = []
    depth = 0
    for part in _MARKS.split(snippet):
        if part in _OPEN:
            if depth == 0:
                out.append("<mark>")
            depth += 1
        elif _MARKS.fullmatch(part or "x"):
            if depth == 1:
                out.append("</mark>")
            depth = max(0, depth - 1)
        else:
            out.append(str(escape(part)))
    if depth:
        out.append("</mark>")
    return Markup("".join(out))


def highlight_terms(text: str, terms: Iterable[str], limit: int = 160) -> Markup:
    """A snippet of ``text`` around the first query term, with every term marked (used when the engine gives none)."""
    terms = [t for t in {t.strip() for t in terms} if t]
    if not text:
        return Markup("")
    start = 0
    if terms:
        hits = [i for i in (text.find(t) for t in terms) if i >= 0]
        if hits:
            start = max(0, min(hits) - limit // 4)
    piece = text[start : start + limit]
    pre = "…" if start > 0 else ""
    post = "…" if start + limit < len(text) else ""
    if not terms:
        return Markup(escape(pre + piece + post))
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    out = [str(escape(pre))]
    last = 0
    for m in pattern.finditer(piece):
        out.append(str(escape(piece[last : m.start()])))
        out.append(f"<mark>{escape(m.group())}</mark>")
        last = m.end()
    out.append(str(escape(piece[last:])))
    out.append(str(escape(post)))
    return Markup("".join(out))


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def colour_raw_lines(raw_text: str, articles: list[dict[str, Any]], furniture: Iterable[str] = ()) -> list[dict]:
    """Each raw line with the article it went into (colour index and id), for the side-by-side text view.

    The archive keeps the reconstruction, not a line→article map, so the map is recovered here: a line belongs to
    the article whose text contains it.  The article being read is tried first, since lines come in reading order
    and a short line ("要") would otherwise match any article.
    """
    hay: list[str] = []
    for a in articles:
        parts = [a.get(k) or "" for k in ("column", "kicker", "title", "subtitle", "byline")]
        parts += [b.get("text", "") for b in a.get("body") or []]
        parts += list(a.get("captions") or [])
        parts += [(a.get(k) or {}).get("text", "") for k in ("continued_from", "continues_to")]
        hay.append(_squash("".join(parts)))
    furn = _squash("".join(furniture))
    out = []
    current = 0
    for line in raw_text.splitlines():
        key = _squash(line)
        colour: int | None = None
        art: str | None = None
        if key:
            order = [current] + [i for i in range(len(articles)) if i != current] if articles else []
            for i in order:
                if key in hay[i]:
                    colour, art, current = i % N_COLOURS, str(articles[i].get("id", i)), i
                    break
            else:
                if furn and key in furn:
                    colour = None
        out.append({"text": line, "color": colour, "art": art})
    return out


def region_boxes(regions: Iterable[dict[str, Any]], page_no: int | None, width: float, height: float) -> list[dict]:
    """Article regions on this page as CSS percentages of the page image (bboxes are in PDF points, y down)."""
    if not width or not height:
        return []
    regions = list(regions or [])
    # A region's page is the page of its source file; a one-page file says 1 whatever the newspaper page is.
    if page_no is not None and any(r.get("page") == page_no for r in regions):
        regions = [r for r in regions if r.get("page") in (None, page_no)]
    boxes = []
    for r in regions:
        x0, y0, x1, y1 = (float(v) for v in r["bbox"])
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        boxes.append(
            {
                "left": round(100 * max(0.0, x0) / width, 3),
                "top": round(100 * max(0.0, y0) / height, 3),
                "width": round(100 * (min(x1, width) - max(0.0, x0)) / width, 3),
                "height": round(100 * (min(y1, height) - max(0.0, y0)) / height, 3),
            }
        )
    return [b for b in boxes if b["width"] > 0 and b["height"] > 0]


def citation(art: dict[str, Any], newspaper: str, day: str, page: Any, url: str | None = None) -> str:
    """A reference in the usual Chinese form (GB/T 7714 for newspaper articles): authors. title[N]. paper, date(page)."""
    authors = "，".join(art.get("authors") or [])
    title = art.get("title") or "（无标题）"
    head = f"{authors}. {title}[N]. " if authors else f"{title}[N]. "
    s = f"{head}{newspaper}, {day}({page:02d})." if isinstance(page, int) else f"{head}{newspaper}, {day}({page})."
    return s + (f" {url}" if url else "")


# Entity types with their own pages (/e/{newspaper}/{type}/{name}); the others link to a search for their text.
ENTITY_PAGE_TYPES = {"person": "person", "per": "person", "place": "place", "loc": "place", "location": "place"}
ENTITY_PAGE_TYPES.update(org="organization", organization="organization", organisation="organization")


def entity_groups(entities: list[dict[str, Any]] | None, newspaper: str | None = None) -> list[dict[str, Any]]:
    """Entities grouped by type (people, places, organisations…), each name once, in order of first mention.
    With ``newspaper``, persons, places and organisations link to their entity pages (``url``)."""
    if not entities:
        return []
    groups: dict[str, dict[str, Any]] = {}
    for e in entities:
        text = e.get("text") or e.get("name")
        if not text:
            continue
        kind = str(e.get("type") or e.get("label") or "other").lower()
        label = ENTITY_LABELS.get(kind, kind)
        g = groups.setdefault(label, {"label": label, "items": [], "seen": set()})
        if text in g["seen"]:
            continue
        g["seen"].add(text)
        extra = [str(e[k]) for k in ("role", "normalized", "value") if e.get(k)]
        page_type = ENTITY_PAGE_TYPES.get(kind)
        if newspaper and page_type:
            name = "".join(unicodedata.normalize("NFKC", str(text)).split())  # as the archive stores it
            url = f"/e/{q(newspaper)}/{page_type}/{q(name)}"
        else:
            url = "/search?" + urlencode({"q": text})
        g["items"].append({"text": text, "title": " · ".join(extra), "url": url})
    return [{"label": g["label"], "items": g["items"]} for g in groups.values()]
