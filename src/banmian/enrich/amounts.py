"""Amounts with units: ``2.84亿元`` → 284000000 CNY, ``5000斤``, ``20%以上``, ``两万余人``.

The unit is normalised for money (``CNY``, ``USD``, ``EUR``…) and percent (``%``); other units are kept as
printed (``斤``, ``亩``, ``家``, ``个``).  ``bound`` records 以上/超过 (``"min"``), 以下/不到 (``"max"``) and
约/左右/余 (``"approx"``).  Years, months and days are dates, not amounts (see ``dates``).
"""

from __future__ import annotations

import re
from typing import Any

from banmian.enrich.numerals import CN_NUM_CHARS, parse_number

_CURRENCY = {
    "元": "CNY",
    "元人民币": "CNY",
    "块": "CNY",
    "美元": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "港元": "HKD",
    "港币": "HKD",
    "卢布": "RUB",
    "韩元": "KRW",
}
# Longest first so 平方公里 wins over 公里.
_UNITS = sorted(
    list(_CURRENCY)
    + [
        "%",
        "％",
        "个百分点",
        "百分点",
        "平方公里",
        "平方米",
        "公里",
        "千米",
        "米",
        "公顷",
        "亩",
        "吨",
        "公斤",
        "千克",
        "克",
        "斤",
        "千瓦时",
        "千瓦",
        "度",
        "立方米",
        "升",
        "家",
        "个",
        "件",
        "次",
        "人次",
        "人",
        "名",
        "位",
        "户",
        "套",
        "辆",
        "台",
        "条",
        "项",
        "所",
        "座",
        "间",
        "场",
        "批",
        "种",
        "份",
        "只",
        "头",
        "株",
        "棵",
        "篇",
        "部",
        "倍",
        "册",
        "张",
        "处",
        "支",
        "架",
        "艘",
        "列",
        "班",
    ],
    key=len,
    reverse=True,
)
_NUM = rf"(?:[0-9０-９][0-9０-９,，.．]*[0-9０-９]|[0-9０-９]|[{CN_NUM_CHARS}]+)"
_MULT = r"(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?"
_PRE = r"(?P<pre>约|近|超过|超|逾|达|共计|共|不到|不足|仅)?"
_POST = r"(?P<post>以上|以下|左右|上下|多)?"
AMOUNT_RE = re.compile(
    rf"{_PRE}(?P<num>{_NUM})\s?(?P<mult>{_MULT})(?P<yu>余|多)?\s?(?P<unit>{'|'.join(map(re.escape, _UNITS))}){_POST}"
)
_BOUND = {
    "以上": "min",
    "超过": "min",
    "超": "min",
    "逾": "min",
    "以下": "max",
    "不到": "max",
    "不足": "max",
    "约": "approx",
    "近": "approx",
    "左右": "approx",
    "上下": "approx",
    "余": "approx",
    "多": "approx",
}
_MULT_VALUE = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "十亿": 10**9,
    "亿": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "万": 10**4,
    "千": 10**3,
    "百": 100,
}
# Words whose numbers are not amounts: 第5家 is an ordinal, 一个 and 一批 are mostly just articles.
_ORDINAL_BEFORE = ("第", "每")


def extract_amounts(text: str) -> list[dict[str, Any]]:
    """Every amount in ``text``: ``{"type": "amount", "text", "start", "end", "value", "unit"}`` (+ ``bound``).

    ``text``/``start``/``end`` cover the number, multiplier and unit plus any 约/以上-style qualifier.
    """
    out: list[dict[str, Any]] = []
    for m in AMOUNT_RE.finditer(text):
        num = m.group("num")
        if m.start("num") > 0 and text[m.start("num") - 1] in _ORDINAL_BEFORE:
            continue
        cn = num[0] in CN_NUM_CHARS
        if cn and (len(num) == 1 and num in "一两" or num in ("万", "亿", "千", "百", "十")):
            continue  # 一个/两家 read as words; a bare 万 is not a number
        if cn and m.start("num") > 0 and text[m.start("num") - 1] in CN_NUM_CHARS:
            continue  # inside a longer numeral the regex cut
        value = parse_number(num.replace("，", ","))
        if value is None:
            continue
        mult = m.group("mult")
        if mult:
            value = value * _MULT_VALUE[mult]
            if isinstance(value, float):
                value = round(value, 4)
                if value.is_integer():
                    value = int(value)
        unit = m.group("unit")
        unit = _CURRENCY.get(unit, "%" if unit == "％" else unit)
        e: dict[str, Any] = {
            "type": "amount",
            "text": m.group(0),
            "start": m.start(),
            "end": m.end(),
            "value": value,
            "unit": unit,
        }
        bound = _BOUND.get(m.group("post") or "") or _BOUND.get(m.group("yu") or "") or _BOUND.get(m.group("pre") or "")
        if bound:
            e["bound"] = bound
        if m.group("pre") and m.group("pre") not in _BOUND:  # 达/共计 are verbs, not part of the amount
            e["text"] = e["text"][len(m.group("pre")) :]
            e["start"] += len(m.group("pre"))
        out.append(e)
    return out
