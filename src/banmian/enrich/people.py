"""Persons, places and organisations from LAC tokens, and the role printed before (or after) a person's name.

LAC tags names well but leaves three jobs to us: a name it tags once as a person and elsewhere as a place
(``万相兰``) is one person throughout the page; a "name" that heads a company name (``万凯新材料``,
``江小白酒业``) is not a person anywhere on the page; and the role, which is the run of title words
right before the name (``市委宣讲团成员、市妇联党组书记、主席``), may reach back over earlier
comma-separated title clauses (``市委宣讲团成员，市政府副秘书长、办公厅副主任，市国资委党委书记、主任罗清泉``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from banmian.enrich.model import Token

# Tags a role phrase is made of: nouns, names of organisations and places, 副 (tagged a), 宣讲 (vn).
ROLE_TAGS = {"n", "nz", "nw", "ORG", "LOC", "vn", "an", "a", "s", "f"}
# A role ends with a title word.  Suffixes, checked on the role's last characters.
TITLE_SUFFIXES = (
    "书记",
    "主任",
    "主席",
    "成员",
    "委员",
    "教授",
    "长",
    "员",
    "干部",
    "记者",
    "编辑",
    "负责人",
    "代表",
    "经理",
    "董事",
    "总裁",
    "院士",
    "师",
    "专家",
    "学者",
    "作家",
    "者",
    "选手",
    "生",
    "官",
    "人",
    "民",
    "总理",
    "总统",
    "首相",
    "大使",
    "主编",
    "政委",
    "主管",
    "总监",
    "顾问",
    "特派员",
    "党员",
    "工人",
    "职工",
    "老兵",
    "模范",
    "英雄",
    "劳模",
    "先锋",
    "骨干",
    "标兵",
    "能手",
    "主持",
    "校长",
    "司令",
    "画家",
    "艺术家",
    "演员",
    "导演",
    "教练",
    "队员",
    "医生",
    "护士",
    "村医",
    "户",
    "妻子",
    "丈夫",
    "父亲",
    "母亲",
    "儿子",
    "女儿",
    "摊主",
    "店主",
    "老板",
    "创始人",
    "合伙人",
    "馆员",
)
# Titles printed after a name: 习近平总书记, 李四教授.
POST_TITLES = {
    "总书记",
    "主席",
    "总理",
    "副总理",
    "委员长",
    "书记",
    "院士",
    "教授",
    "总统",
    "首相",
    "国务委员",
    "副主席",
    "部长",
    "校长",
    "院长",
    "董事长",
    "总经理",
    "主任",
    "副主任",
}
# A "person" right before one of these is the head of a company name (万凯新材料, 江小白酒业).
COMPANY_WORDS = (
    "公司",
    "集团",
    "科技",
    "能源",
    "化工",
    "新材料",
    "材料",
    "酒业",
    "股份",
    "医药",
    "药业",
    "实业",
    "控股",
    "银行",
    "电子",
    "汽车",
    "传媒",
    "商贸",
    "物流",
    "食品",
    "电器",
    "置业",
    "地产",
    "旗下",
    "品牌",
    "牌",
)
ORG_SUFFIX_CHARS = set("团部委局办院会厅处组室所站队社校馆")
ORG_STOP = {"新时代"}  # LAC tags this slogan as an organisation everywhere in Chinese news
BOUNDARY = set("。！？；：“”‘’「」『』《》（）()【】[]…\n□■●◆")
NAME_RE = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·]{0,8}[\u4e00-\u9fff]$")
# 中方, 美方, 卡方: "the X side" in diplomatic reports, which LAC tags as a person.
SIDE_PREFIX = set("尼" + "中美日韩俄英法德意印巴朝越泰卡欧澳加埃伊以老柬缅菲新马蒙哈乌土南北双两对我外港台")
SPACE_RE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The stable key text of a name: NFKC, no spaces (print splits names across lines and columns)."""
    return SPACE_RE.sub("", unicodedata.normalize("NFKC", text))


def person_key(name: str) -> str:
    return "person:" + normalise(name)


def is_title(role: str) -> bool:
    return role.endswith(TITLE_SUFFIXES)


def merge_dotted_names(tokens: list[Token]) -> list[Token]:
    """Join transliterated names LAC splits at the middle dot: 热合曼 · 阿布都拉 → 热合曼·阿布都拉 (PER)."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        w, tag, a, b = tokens[i]
        if tag == "PER":
            while (
                i + 2 < len(tokens)
                and tokens[i + 1][0] in ("·", "•", "・")
                and tokens[i + 2][1] in ("PER", "nz", "n", "LOC")
                and NAME_RE.match(tokens[i + 2][0])
            ):
                w, b = w + tokens[i + 1][0] + tokens[i + 2][0], tokens[i + 2][3]
                i += 2
        out.append((w, tag, a, b))
        i += 1
    return out


def candidate_names(tokens: list[Token]) -> tuple[set[str], set[str]]:
    """Person names LAC tagged in one text, and names seen heading a company name (rejected page-wide)."""
    accepted: set[str] = set()
    rejected: set[str] = set()
    for i, (word, tag, _s, _e) in enumerate(tokens):
        if tag != "PER":
            continue
        name = normalise(word).strip("·")
        if not NAME_RE.match(name) or (len(name) == 2 and name[1] in "方共" and name[0] in SIDE_PREFIX):
            continue
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if nxt.startswith(COMPANY_WORDS):
            rejected.add(name)
            continue
        first = name.split("·")[0]
        if len(first) == 2 and first[0] in "小老阿" and role_before(tokens, i) is None:
            continue  # 小安, 老张: nicknames and mascots, unless a role makes them someone
        accepted.add(name)
    return accepted, rejected


def role_before(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The role printed right before token ``i`` (a name): its text and start offset, or None."""
    j = _walk_back(tokens, i)
    if j is None:
        return None
    start = j
    # Earlier comma-separated clauses that are titles too belong to the same role.
    while start > 0 and tokens[start - 1][0] == "，":
        k = _walk_back(tokens, start - 1)
        if k is None or not (k == 0 or _is_boundary(tokens[k - 1])):
            break
        start = k
    return _span_text(tokens, start, i), tokens[start][2]


def _is_boundary(tok: Token) -> bool:
    return tok[0] in ("，", ",") or all(c in BOUNDARY or c.isspace() for c in tok[0])


def _walk_back(tokens: list[Token], i: int) -> int | None:
    """Index of the first token of the title run that ends right before token ``i``, if it ends with a title."""
    j = i
    while j > 0:
        word, tag = tokens[j - 1][0], tokens[j - 1][1]
        if tag in ROLE_TAGS or word == "、" or (word.isspace() and j == i):
            j -= 1
        else:
            break
    while j < i and (tokens[j][0] == "、" or tokens[j][0].isspace()):
        j += 1
    if j == i:
        return None
    role = _span_text(tokens, j, i).strip()
    return j if role and is_title(role) else None


def _span_text(tokens: list[Token], a: int, b: int) -> str:
    return "".join(t[0] for t in tokens[a:b]).strip()


def titles(role: str) -> list[str]:
    """A role split into its titles as printed: ``市妇联党组书记、主席`` → [``市妇联党组书记``, ``主席``]."""
    return [t for t in re.split(r"[、，,]", role) if t.strip()]


def role_after(tokens: list[Token], end_index: int) -> str | None:
    """A title printed right after a name (``习近平总书记``), given the index of the token after the name."""
    if end_index < len(tokens) and tokens[end_index][0] in POST_TITLES:
        return tokens[end_index][0]
    return None


@lru_cache(maxsize=8)
def names_pattern(persons: frozenset[str]) -> re.Pattern[str] | None:
    """One regex for all of a page's names, longest first (a page of an issue can have hundreds)."""
    if not persons:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(persons, key=lambda n: (-len(n), n))))


def find_entities(text: str, tokens: list[Token], persons: set[str]) -> list[dict[str, Any]]:
    """Persons (every occurrence of a page-accepted name at token boundaries), places and organisations."""
    out: list[dict[str, Any]] = []
    starts = {t[2]: k for k, t in enumerate(tokens)}
    ends = {t[3]: k for k, t in enumerate(tokens)}
    taken: list[tuple[int, int]] = []
    pattern = names_pattern(frozenset(persons))
    prev: dict[str, Any] | None = None
    for m in pattern.finditer(text) if pattern else ():
        a, b = m.start(), m.end()
        name = m.group(0)
        if a not in starts or b not in ends or any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        e: dict[str, Any] = {"type": "person", "text": name, "start": a, "end": b, "key": person_key(name)}
        r = role_before(tokens, starts[a])
        role = r[0] if r else role_after(tokens, ends[b] + 1)
        if not role and prev and prev.get("role") and text[prev["end"] : a] == "、":
            role = prev["role"]  # （记者喻思南、丁怡婷）: a listed name shares the title before the list
        if role:
            e["role"] = role
            e["titles"] = titles(role)
        out.append(e)
        prev = e
    k = 0
    while k < len(tokens):
        word, tag, a, b = tokens[k]
        kind = None
        if tag in ("LOC", "ORG"):
            kind = "place" if tag == "LOC" else "organization"
            end = k + 1
            # 潼南区委 (tagged a place) and 重庆市 + 委网信办 are organisations; 市委宣讲 + 团 is one.
            if kind == "place" and end < len(tokens) and tokens[end][1] == "ORG" and tokens[end][0][0] in "委党政":
                kind, end = "organization", end + 1
            while (
                kind == "organization"
                and end < len(tokens)
                and len(tokens[end][0]) == 1
                and tokens[end][0] in ORG_SUFFIX_CHARS
                and tokens[end][1] in ("n", "v")  # LAC reads the 办 of 区信访办 as a verb
            ):
                end += 1
            b = tokens[end - 1][3]
            if (
                kind == "organization"
                and k > 0
                and tokens[k - 1][0] == "团"
                and word.startswith(("市委", "省委", "县委", "区委", "中央"))
            ):
                a = tokens[k - 1][2]  # 团市委: the Youth League committee, not 市委
            word = text[a:b]
            if kind == "place" and word.endswith(("区委", "县委", "市委", "省委", "党委", "政府")):
                kind = "organization"
            if (
                len(normalise(word)) < 2
                or normalise(word) in ORG_STOP
                or normalise(word) in persons
                or any(a < y and x < b for x, y in taken)
            ):
                kind = None
            if kind:
                out.append({"type": kind, "text": word, "start": a, "end": b, "key": f"{kind}:{normalise(word)}"})
            k = end
            continue
        k += 1
    return out


def settle_names(token_lists: list[list[Token]]) -> set[str]:
    """The person names of a page, from all its texts' tokens.

    A name must be tagged PER more often than anything else on the page, unless a mention carries a role
    (万相兰 is tagged a place twice, but 主席万相兰 makes her a person); 金奈 and 守正 are tagged PER once and
    n/vn elsewhere.  阿人民, 阿广播: 阿 abbreviates a country (阿尔巴尼亚) the page names.
    """
    accepted: set[str] = set()
    rejected: set[str] = set()
    per: dict[str, int] = {}
    other: dict[str, int] = {}
    with_role: set[str] = set()
    a_country = False
    for tokens in token_lists:
        a, r = candidate_names(tokens)
        accepted |= a
        rejected |= r
        for i, (word, tag, _s, _e) in enumerate(tokens):
            name = normalise(word).strip("·")
            if tag == "PER":
                per[name] = per.get(name, 0) + 1
                if role_before(tokens, i) or role_after(tokens, i + 1):
                    with_role.add(name)
            else:
                other[name] = other.get(name, 0) + 1
                if tag == "LOC" and len(name) >= 3 and name[0] == "阿":
                    a_country = True
    out = set()
    for name in accepted - rejected:
        if name not in with_role:
            if other.get(name, 0) >= per.get(name, 0):
                continue
            if a_country and name[0] == "阿" and len(name) <= 3:
                continue
        out.add(name)
    return out
