"""Chinese numerals and mixed numbers (``2.84亿``, ``两万``, ``一千二百``, ``二〇二二``) to Python numbers."""

from __future__ import annotations

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
CN_NUM_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


def parse_chinese_int(s: str) -> int | None:
    """``一千二百三十四`` → 1234, ``十五`` → 15, ``二〇二二`` → 2022, ``两万`` → 20000; None if not a numeral."""
    if not s or any(c not in CN_NUM_CHARS for c in s):
        return None
    if all(c in DIGITS for c in s):  # digit by digit, as years are written
        return int("".join(str(DIGITS[c]) for c in s)) if len(s) > 1 or s in DIGITS else None
    total = section = digit = 0
    for c in s:
        if c in DIGITS:
            digit = DIGITS[c]
        elif c in SMALL_UNITS:
            section += (digit or 1) * SMALL_UNITS[c]  # 十五: a bare 十 means 一十
            digit = 0
        else:  # 万/亿 multiply everything below them
            section += digit
            if BIG_UNITS[c] == 10**8:
                total = (total + section) * 10**8
            else:
                total += section * BIG_UNITS[c]
            section = digit = 0
    return total + section + digit


def parse_number(s: str) -> float | int | None:
    """A number as printed: Arabic (``1,000``, ``2.84``, full-width too), Chinese, or Arabic with 万/亿 (``2.84亿``)."""
    s = s.strip().translate(FULLWIDTH).replace(",", "")
    if not s:
        return None
    mult = 1
    while s and s[-1] in BIG_UNITS | SMALL_UNITS and any(ch.isdigit() for ch in s[:-1]):
        mult *= BIG_UNITS.get(s[-1]) or SMALL_UNITS[s[-1]]
        s = s[:-1]
    try:
        v: float | int = float(s) if "." in s else int(s)
    except ValueError:
        v2 = parse_chinese_int(s)
        if v2 is None:
            return None
        v = v2
    v = v * mult
    if isinstance(v, float):
        v = round(v, 6)  # 2.84 * 1e8 is 283999999.99999997 in binary floating point
        if v.is_integer():
            v = int(v)
    return v
