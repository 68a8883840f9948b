"""Dates as newspapers print them, resolved against the issue date.

``12月15日`` takes the issue's year (or the year before when that would put it well after the issue),
``昨日`` is the day before the issue, ``今年9月`` a month range, ``1月-10月`` and ``9月14日至16日`` ranges.
A value is an ISO date (``"2022-12-15"``) or ``{"from": ..., "to": ...}``; ``None`` when the text needs an
issue date and none was given.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

from banmian.enrich.numerals import CN_NUM_CHARS, parse_number

_N = rf"[0-9０-９{CN_NUM_CHARS}]{{1,5}}"
_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "来年": 1}
_REL_DAY = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2, "明天": 1, "明日": 1, "后天": 2}
_REL_MONTH = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_PART = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "底": (21, 31), "末": (21, 31)}

# One point: [year] [month [day]] with an optional part-of-month; or a relative word.
_Y = rf"(?:(?P<y>{_N})年|(?P<ry>今年|本年|去年|上年|前年|明年|来年))"
# The lookahead makes a point start with a year or a month, so it never matches empty.
_POINT = (
    rf"(?=(?:{_N}[年月]|今年|本年|去年|上年|前年|明年|来年))"
    rf"(?:{_Y}?(?:(?P<m>{_N})月(?:\s?(?P<d>{_N})\s?[日号])?)?(?P<part>初|上旬|中旬|下旬|底|末)?)"
)
_RANGE_SEP = r"(?:-|－|—|–|~|～|至|到)"
DATE_RE = re.compile(
    rf"(?P<a>{_POINT})(?:{_RANGE_SEP}(?:(?P<bd>{_N})[日号]|(?P<b>{_POINT.replace('?P<', '?P<b_')})))?"
    rf"|(?P<rd>今天|今日|昨天|昨日|前天|前日|明天|明日|后天)|(?P<rm>本月|上个?月|下个?月)"
)


def _num(s: str | None) -> int | None:
    if not s:
        return None
    v = parse_number(s)
    return int(v) if isinstance(v, (int, float)) else None


def _month_range(y: int, m: int, lo: int = 1, hi: int = 31) -> dict[str, str]:
    last = calendar.monthrange(y, m)[1]
    return {"from": date(y, m, min(lo, last)).isoformat(), "to": date(y, m, min(hi, last)).isoformat()}


def _shift_month(d: date, k: int) -> tuple[int, int]:
    n = d.year * 12 + d.month - 1 + k
    return n // 12, n % 12 + 1


class _Point:
    """A resolved point: (year, month, day, part) with None where the text gave no value."""

    def __init__(self, g: dict[str, str | None], prefix: str, issue: date | None, default_year: int | None = None):
        self.year = _num(g.get(prefix + "y"))
        ry = g.get(prefix + "ry")
        self.needs_issue = False
        if self.year is not None and self.year < 100:  # 22年: two-digit years are this century's
            self.year += 2000
        if ry:
            self.needs_issue = True
            self.year = issue.year + _REL_YEAR[ry] if issue else None
        self.month = _num(g.get(prefix + "m"))
        self.day = _num(g.get(prefix + "d"))
        self.part = g.get(prefix + "part")
        if self.year is None and not ry and self.month is not None:
            self.needs_issue = default_year is None
            self.year = default_year if default_year is not None else _guess_year(self.month, self.day, issue)

    def valid(self) -> bool:
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is not None:
            if self.month is None or not 1 <= self.day <= 31:
                return False
            if self.year is not None and self.day > calendar.monthrange(self.year, self.month)[1]:
                return False
        return not (self.year is not None and not 1900 <= self.year <= 2100)

    def span(self) -> tuple[str, str] | None:
        y, m, d = self.year, self.month, self.day
        if y is None:
            return None
        if m is None:  # a year, or 2023年底
            if self.part in ("底", "末"):
                return date(y, 12, 1).isoformat(), date(y, 12, 31).isoformat()
            if self.part == "初":
                return date(y, 1, 1).isoformat(), date(y, 1, 31).isoformat()
            return date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat()
        if d is None:
            r = _month_range(y, m, *_PART.get(self.part or "", (1, 31)))
            return r["from"], r["to"]
        iso = date(y, m, d).isoformat()
        return iso, iso


def _guess_year(month: int, day: int | None, issue: date | None) -> int | None:
    """A date printed without a year is near the issue: the issue's year unless that puts it > 2 months after."""
    if issue is None or not 1 <= month <= 12:
        return None
    cand = date(issue.year, month, min(day or 1, calendar.monthrange(issue.year, month)[1]))
    return issue.year - 1 if (cand - issue).days > 62 else issue.year


def _value(lo: tuple[str, str] | None, hi: tuple[str, str] | None = None) -> Any:
    if lo is None or (hi is None and lo is None):
        return None
    a, b = lo[0], (hi or lo)[1]
    return a if a == b else {"from": a, "to": b}


def parse_issue_date(issue_date: str | date | None) -> date | None:
    if issue_date is None or isinstance(issue_date, date):
        return issue_date
    try:
        return date.fromisoformat(str(issue_date)[:10])
    except ValueError:
        return None


def extract_dates(text: str, issue_date: str | date | None = None) -> list[dict[str, Any]]:
    """Every date expression in ``text``: ``{"type": "date", "text", "start", "end", "value"}``.

    ``value`` is an ISO date or ``{"from", "to"}`` (inclusive); ``None`` when it needs an issue date and none
    was given.  ``"relative": True`` marks values that depend on the issue date.
    """
    issue = parse_issue_date(issue_date)
    out: list[dict[str, Any]] = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        if not m.group(0):
            continue
        value: Any = None
        relative = False
        if g["rd"]:
            relative = True
            value = (issue + timedelta(days=_REL_DAY[g["rd"]])).isoformat() if issue else None
        elif g["rm"]:
            relative = True
            k = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}[g["rm"]]
            if issue:
                value = _month_range(*_shift_month(issue, k))
        else:
            a = _Point(g, "", issue)
            if not a.valid():
                continue
            if a.month is None and g["y"] is None and g["ry"] is None:
                continue
            if a.month is None and not g["ry"] and not g["part"] and g["y"] and len(g["y"]) < 4:
                continue  # 5年 is a duration, not a year
            relative = a.needs_issue
            b_span = None
            if g["b"] or g["bd"]:
                if g["bd"]:  # 9月14日至16日: the end shares year and month
                    b = _Point({"m": str(a.month) if a.month else None, "d": g["bd"]}, "", issue, a.year)
                else:
                    b = _Point(g, "b_", issue, a.year)
                    if b.year is None and b.month is None:
                        b.year = a.year
                if b.valid() and (b.month is not None or b.year is not None):
                    b_span = b.span()
            if b_span is None and (g["b"] or g["bd"]):
                # the second half did not parse: keep only the first point and its text
                end = m.start("a") + len(g["a"])
                span_text = text[m.start() : end]
                out.append(_entry(span_text, m.start(), end, _value(a.span()), relative))
                continue
            value = _value(a.span(), b_span)
        out.append(_entry(m.group(0), m.start(), m.end(), value, relative))
    return out


def _entry(text: str, start: int, end: int, value: Any, relative: bool) -> dict[str, Any]:
    e: dict[str, Any] = {"type": "date", "text": text, "start": start, "end": end, "value": value}
    if relative:
        e["relative"] = True
    return e
