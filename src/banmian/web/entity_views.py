"""Entity pages of the web reader: what ``entities.html`` (a newspaper's persons, places, organisations) and
``entity.html`` (one of them over time) show.  Pure functions over the archive's dicts; no I/O.

Nothing here is marked safe: names, titles and roles reach the templates as plain strings and Jinja2 escapes
them; URLs are built with ``views.q`` (every path segment percent-encoded) and ``urlencode``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from banmian.web import views

KINDS = ("person", "place", "organization")
KIND_CN = {"person": "人物", "place": "地点", "organization": "机构"}
KIND_PATTERN = "^(person|place|organization)$"


def index_url(newspaper: str, kind: str | None = None, **params: Any) -> str:
    d = {"type": kind, **params}
    d = {k: v for k, v in d.items() if v not in (None, "")}
    return f"/e/{views.q(newspaper)}" + ("?" + urlencode(d) if d else "")


def entity_url(newspaper: str, kind: str, name: str) -> str:
    return f"/e/{views.q(newspaper)}/{views.q(kind)}/{views.q(name)}"


def search_url(newspaper: str, kind: str, name: str) -> str:
    return "/search?" + urlencode({kind: name, "newspaper": newspaper})


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return views.date_cn(first) if first == last else f"{views.date_cn(first)} — {views.date_cn(last)}"


def index_context(
    newspaper: str, kind: str, listing: dict[str, Any], counts: dict[str, int], page: int, per_page: int, prefix: str
) -> dict[str, Any]:
    """A newspaper's entities of one kind, most mentioned first, with tabs for the other kinds."""
    rows = [
        {
            "name": e["name"],
            "url": entity_url(newspaper, e["type"], e["name"]),
            "articles": e["articles"],
            "span": _span(e["first_date"], e["last_date"]),
        }
        for e in listing["entities"]
    ]
    pag = views.pagination(
        listing["total"], page, per_page, lambda n: index_url(newspaper, kind, prefix=prefix, p=n if n > 1 else None)
    )
    return {
        "newspaper": newspaper,
        "paper_url": views.paper_url(newspaper),
        "kind": kind,
        "kind_cn": KIND_CN[kind],
        "tabs": [
            {
                "kind": k,
                "label": KIND_CN[k],
                "count": counts.get(k, 0),
                "url": index_url(newspaper, k),
                "current": k == kind,
            }
            for k in KINDS
        ],
        "prefix": prefix,
        "total": listing["total"],
        "rows": rows,
        "first": (pag["page"] - 1) * per_page + 1,
        "pages": pag["pages"],
        "prev_url": pag["prev_url"],
        "next_url": pag["next_url"],
        "api_url": "/api/entities?" + urlencode({"newspaper": newspaper, "type": kind}),
    }


def entity_context(ent: dict[str, Any], page: int, per_page: int) -> dict[str, Any]:
    """One entity: a month histogram, the roles a person was given, and the articles grouped by year and month."""
    newspaper, kind, name = ent["newspaper"], ent["type"], ent["name"]
    peak = max((m["count"] for m in ent["months"]), default=1) or 1
    months = [
        {
            "month": m["month"],
            "label": _month_cn(m["month"]),
            "count": m["count"],
            "width": round(100 * m["count"] / peak, 1),  # a number: safe in a style attribute
            "url": "/search?" + urlencode({kind: name, "newspaper": newspaper, "from": m["month"], "to": m["month"]}),
        }
        for m in ent["months"]
    ]
    years: list[dict[str, Any]] = []
    for it in ent["items"]:
        y, m = it["date"][:4], it["date"][:7]
        if not years or years[-1]["year"] != y:
            years.append({"year": y, "months": []})
        ms = years[-1]["months"]
        if not ms or ms[-1]["month"] != m:
            ms.append({"month": m, "label": _month_cn(m), "items": []})
        ms[-1]["items"].append(
            {
                "url": views.article_url(it["article_id"]),
                "title": it["title"] or it["kicker"] or "（无标题）",
                "date": it["date"],
                "date_cn": views.date_cn(it["date"]),
                "page": it["page"],
                "page_url": f"/p/{it['page_id']}",
                "role": it["role"],
                "mentions": it["mentions"],
            }
        )
    roles = [
        {"role": r["role"], "articles": r["articles"], "span": _span(r["first_date"], r["last_date"])}
        for r in ent["roles"]
    ]
    pag = views.pagination(
        ent["articles"],
        page,
        per_page,
        lambda n: entity_url(newspaper, kind, name) + (f"?p={n}" if n > 1 else ""),
    )
    return {
        "newspaper": newspaper,
        "paper_url": views.paper_url(newspaper),
        "index_url": index_url(newspaper, kind),
        "kind": kind,
        "kind_cn": KIND_CN[kind],
        "name": name,
        "articles": ent["articles"],
        "span": _span(ent["first_date"], ent["last_date"]),
        "roles": roles,
        "months": months,
        "years": years,
        "search_url": search_url(newspaper, kind, name),
        "api_url": f"/api/entities/{views.q(newspaper)}/{views.q(kind)}/{views.q(name)}",
        "others": [
            {"newspaper": o["newspaper"], "articles": o["articles"], "url": entity_url(o["newspaper"], kind, name)}
            for o in ent["other_newspapers"]
        ],
        "pages": pag["pages"],
        "prev_url": pag["prev_url"],
        "next_url": pag["next_url"],
    }


def _month_cn(month: str) -> str:
    try:
        y, m = month.split("-")
        return f"{int(y)}年{int(m)}月"
    except ValueError:
        return month
