"""Generate newspaper pages with known truth from the 人民日报 corpus.

One corpus page (its records grouped by date + page, in ``order``) is laid out as print does: narrow
columns of 10–20 display cells, first-line indents dropped, headlines (kicker / title / subtitle)
sometimes emitted after the body, bylines in the forms a real page shows, two-line subheads, column
banners, page furniture, Latin words hyphenated at line ends and stray spaces inside numbers.  The
result is the text a PDF extractor would give (three styles), the truth in the ``banmian parse
--format json`` schema and the placed lines a PDF renderer draws.  Everything is drawn from
``random.Random(seed)``, so a page and a seed always give the same output.

Choices (documented in docs/evaluation.md):

* records of kind ``ad`` and ``empty`` and records without paragraphs are skipped; ``photo`` records
  are skipped too (their picture is not printed, so a lone caption would have no article to go to);
  credit paragraphs inside articles (``新华社记者 X摄``) become the article's captions;
* a title's trailing column tag (``…（权威发布）``) becomes the article's ``column`` and is printed as a
  banner line above the article;
* bylines printed on their own line keep their printed text in ``byline`` (``□本报记者 X``); bylines
  inside the first paragraph (``本报讯 （记者 X）``, ``本报北京1月31日电 （记者X）``) stay in the
  paragraph text and only fill ``authors``, so every printed character lands in the truth once.
"""

from __future__ import annotations

import functools
import gzip
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from banmian.errors import BadInput
from banmian.evaluate.layout import GeneratedPage, PlacedLine
from banmian.sources.text import RADICALS

STYLES = ("pdfminer", "pdftotext", "raw")

CLOSING = set("，。、；：？！”’）》」』〉】…,.;:?!)")
OPENING = set("“‘（《「『〈【(")
SENTENCE_END = set("。！？；：…!?;:")
QUOTE_TAIL = "”’）》」』\"')"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"
PAGE_NAMES = [
    "要闻",
    "要闻",
    "要闻",
    "要闻",
    "评论",
    "经济",
    "经济",
    "社会",
    "理论",
    "文化",
    "国际",
    "国际",
    "体育",
    "副刊",
    "生态",
    "视点",
    "声音",
    "教育",
    "文件",
    "综合",
]
WEEKDAYS = "一二三四五六日"
CN_DIGITS = "〇一二三四五六七八九"

_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)+|[A-Za-z]+|[0-9]+(?:[.,:][0-9]+)*%?|[ \t\u3000]+|.", re.S)
_COLUMN_TAG = re.compile(r"\s*[（(]([^（）()]{2,30})[)）]\s*$")
_DATELINE = re.compile(r"^(?:本报讯|(?:本报|新华社)[^，。、；：（）\s]{0,20}?电)\s*(?:（([^（）]{1,40})）)?")
# a reprint's dateline: 据新华社电, 据新华社伦敦5月6日电 (``_DATELINE`` leaves it out: its reporters are the agency's)
_REPRINT = re.compile(r"^据(?:新华社|中新社)[^，。、；：（）\s]{0,20}?电")
_BYLINE_PARA = re.compile(r"^(?:本报|人民日报|新华社)?(?:特约)?(?:记者|通讯员)\s*\S")
# (one bracket inside it: 作者为中央党校（国家行政学院）…研究员, 21 of the records' closing notes)
_AUTHOR_NOTE = re.compile(r"^[（(]作者(?:为|系|是)[^（）()]{1,80}(?:[（(][^（）()]{1,20}[）)][^（）()]{0,80})?[)）]$")
_CREDIT = re.compile(r"摄(?:（[^（）]*）|\([^()]*\))?$")

BODY_SIZE = 9.0
LEADING = 13.0
GUTTER = 9.0
MARGIN = 36.0
PAGE_W = 842.0
PAGE_H = 1191.0


def cells(s: str) -> float:
    """Display width in cells: printable ASCII (and the space) takes half a cell, everything else one."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in s)


_LABEL = re.compile(r"^(?:本版)?(?:制图|版式设计|图片编辑|摄影|绘图|漫画|图)[:：]")  # credit labels stay paragraphs


def is_subhead(p: str) -> bool:
    """A corpus paragraph that print sets as a subhead: short, no sentence-final punctuation."""
    t = p.strip()
    if not t or len(t) > 20 or t[0] in "（(■●◆▲□" or _CREDIT.search(t) or _BYLINE_PARA.match(t) or _LABEL.match(t):
        return False
    core = t.rstrip(QUOTE_TAIL)
    # a heading ends on a word: lines ending in a comma, colon or dash are verse or run-in text
    if not core or core[-1] in SENTENCE_END or core[-1] in "，、；：,;:—…-":
        return False
    return t.count("“") == t.count("”") and t.count("（") == t.count("）")


def _unpunctuated(p: str) -> bool:
    t = p.rstrip(QUOTE_TAIL)
    return bool(t) and t[-1] not in SENTENCE_END


def cn_number(n: int) -> str:
    """Page numbers as the paper prints them in continuation markers: 三, 十二, 二十."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def split_names(s: str) -> list[str]:
    """``记者刘华新、刘佳华`` → [刘华新, 刘佳华]; print pads two-character names (``贺 勇`` → 贺勇)."""
    s = re.sub(r"(本报|人民日报|新华社)?(特约)?(记者|通讯员)", "、", s)
    names: list[str] = []
    for part in re.split(r"[、，,]+", s):
        toks = part.split()
        i = 0
        while i < len(toks):
            if len(toks[i]) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
                names.append(toks[i] + toks[i + 1])
                i += 2
            else:
                names.append(toks[i])
                i += 1
    return names


def dateline_authors(first_paragraph: str) -> list[str] | None:
    """Authors named in a leading ``本报北京1月31日电 （记者X、Y）``; None when there is no dateline."""
    m = _DATELINE.match(first_paragraph)
    if not m:
        return None
    return split_names(m.group(1)) if m.group(1) else []


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u3000", " ")).strip()


# a space after a sentence's end, inside a paragraph: print sets none, so where the e-edition shows one the
# paragraph breaks between were lost (some records hold a whole article so, 2,000 characters and more)
_LOST_BREAK = re.compile(r"(?<=[。！？…”’」』）)])\s+(?=\S)")
_SENTENCE_CLOSE = re.compile(r"(?:[。！？…][”’」』）)]*|[”’」』])$")
LOST_BREAKS = 3


def unjoin(p: str) -> list[str]:
    """A corpus paragraph as the paragraphs print showed: split at the spaces after a sentence's end when it holds
    ``LOST_BREAKS`` of them or more (the e-edition's record of an article whose paragraph breaks it lost, 80
    paragraphs of the corpus's 128,000); one or two such spaces stay (a quotation and who said it, ``…。” 李青春说。``,
    as often a space the e-edition kept inside a paragraph)."""
    cuts = [m for m in _LOST_BREAK.finditer(p) if _SENTENCE_CLOSE.search(p, 0, m.start())]
    if len(cuts) < LOST_BREAKS:
        return [p]
    out, at = [], 0
    for m in cuts:
        out.append(p[at : m.start()])
        at = m.end()
    return out + [p[at:]]


# ---------------------------------------------------------------------------------------------
# line breaking


class LineBreaker:
    """Breaks one text into print lines of a given capacity, one line at a time (the capacity may
    change between lines when the column changes).  Keeps digit runs whole, hyphenates Latin words,
    hangs one closing punctuation mark past the line end and never ends a line on an opening one."""

    def __init__(self, text: str):
        self.tokens = _TOKEN.findall(text)
        self.pos = 0
        self.hyphens = 0

    @property
    def done(self) -> bool:
        while self.pos < len(self.tokens) and self.tokens[self.pos].isspace():
            self.pos += 1
        return self.pos >= len(self.tokens)

    def next_line(self, cap: float) -> str:
        toks = self.tokens
        line: list[str] = []
        used = 0.0
        while self.pos < len(toks) and toks[self.pos].isspace():
            self.pos += 1  # a line never starts with a space
        while self.pos < len(toks):
            tok = toks[self.pos]
            w = cells(tok)
            if used + w <= cap:
                line.append(tok)
                used += w
                self.pos += 1
                continue
            if tok.isascii() and tok.isalpha() and len(tok) >= 4:
                k = int((cap - used - 0.5) / 0.5)  # letters that fit with the hyphen
                k = min(k, len(tok) - 2)
                if k >= 2:
                    line.append(tok[:k] + "-")
                    toks[self.pos] = tok[k:]
                    self.hyphens += 1
                    return "".join(line).strip()
            if not line:  # a token wider than the whole line: cut it hard
                k = max(1, int(cap / 0.5) if tok.isascii() else int(cap))
                line.append(tok[:k])
                toks[self.pos] = tok[k:]
                if not toks[self.pos]:
                    self.pos += 1
            break
        # never start the next line with closing punctuation: hang one mark, or push a character down
        nxt = self.pos
        while nxt < len(toks) and toks[nxt] in CLOSING:
            nxt += 1
        n_close = nxt - self.pos
        if n_close == 1:
            line.append(toks[self.pos])
            self.pos += 1
        elif n_close >= 2:
            # push the last character down with any marks it carries: the next line starts with it
            k = len(line)
            while k > 1 and line[k - 1] in CLOSING:
                k -= 1
            if k > 1 and not line[k - 1].isspace():
                # (a number or a Latin word too: two marks hung after it would print into the gutter)
                self.pos -= len(line) - (k - 1)
                del line[k - 1 :]
            else:
                line.extend(toks[self.pos : nxt])
                self.pos = nxt
        # never end a line on an opening quote or bracket
        while len(line) >= 2 and line[-1] in OPENING:
            line.pop()
            self.pos -= 1
        return "".join(line).strip()


def wrap(text: str, cap: float, first_cap: float | None = None) -> tuple[list[str], int]:
    lb = LineBreaker(text)
    out: list[str] = []
    while not lb.done:
        out.append(lb.next_line(first_cap if (first_cap is not None and not out) else cap))
    return out, lb.hyphens


# ---------------------------------------------------------------------------------------------
# page building


@dataclass
class _Out:
    """A printed line in reading order: ``brk`` says what precedes it (box / col / para / soft)."""

    text: str
    role: str
    size: float
    bold: bool = False
    brk: str | None = None
    para_blank: bool = True  # pdfminer puts a blank line before this paragraph start
    indent: bool = False  # a paragraph's first line: printed two cells in
    stretched: bool = False  # a line a justified column spreads out: it ends short of the edge, mid-paragraph
    x: float = 0.0
    y: float = 0.0


@dataclass
class _ArticlePlan:
    head: list[list[_Out]] = field(default_factory=list)  # boxes: banner, kicker, title, subtitle
    pre: list[list[_Out]] = field(default_factory=list)  # byline line, continued_from marker
    columns: list[list[_Out]] = field(default_factory=list)
    col_widths: list[float] = field(default_factory=list)  # in pt
    post: list[list[_Out]] = field(default_factory=list)  # captions, names line, continues_to marker
    head_after: bool = False
    soft_join: bool = False  # pdfminer glues the headline to the body without a blank line


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _stray_spaces(text: str, rng: random.Random, p: float) -> str:
    """Print artefact: a space between a CJK character and a number (``12月 15日``, ``36 家``)."""

    def repl(m: re.Match) -> str:
        return m.group(1) + " " + m.group(2) if rng.random() < p else m.group(0)

    text = re.sub(r"([\u4e00-\u9fff])(\d)", repl, text)
    return re.sub(r"(\d)([\u4e00-\u9fff])", repl, text)


def _split_two(text: str, rng: random.Random, anywhere: bool = True) -> tuple[list[str], str]:
    """Break a headline or subhead over two lines: at its space if it has one, else after a comma, else
    (headlines only: ``anywhere``) near the middle.  Returns the printed lines and the truth text (the
    lines joined, the breaking space gone)."""
    if " " in text:
        i = text.index(" ")
        a, b = text[:i].strip(), text[i + 1 :].strip()
        if a and b:
            return [a, b], a + b
    cuts = [i + 1 for i, ch in enumerate(text[:-2]) if ch in "，、；：" and i >= 1]
    if cuts:
        i = min(cuts, key=lambda c: abs(c - len(text) / 2))
        return [text[:i], text[i:]], text
    if not anywhere:
        return [text], text
    n = len(text)
    for _ in range(8):
        i = rng.randint(max(2, n // 2 - 3), min(n - 2, n // 2 + 3)) if n >= 6 else n // 2
        if text[i] not in CLOSING and text[i - 1] not in OPENING and not (text[i - 1].isascii() and text[i].isascii()):
            return [text[:i], text[i:]], text
    return [text], text


def _fit(text: str, cap: float) -> list[str]:
    """``text`` wrapped so that no line is wider than ``cap`` cells, not even by a hanging mark
    (headlines and bylines span their article: a mark past the edge would print on the neighbour)."""
    c = cap
    while True:
        lines, _ = wrap(text, c)
        if c <= 1 or all(cells(x) <= cap for x in lines):
            return lines
        c -= 1


def _headline_lines(text: str, cap: float, rng: random.Random) -> tuple[list[str], str]:
    """The printed lines of a headline within ``cap`` cells (its article's width) and its truth text."""
    if cells(text) <= cap:
        if cells(text) >= 12 and rng.random() < 0.35:
            return _split_two(text, rng)
        return [text], text
    if cells(text) <= 2 * cap + 1:
        lines, truth = _split_two(text, rng)
        if all(cells(x) <= cap for x in lines):
            return lines, truth
    return _fit(text, cap), text


def _plan_article(
    rec: dict, aid: str, rng: random.Random, page_no: int, column_width: int | None = None
) -> tuple[_ArticlePlan, dict, int]:
    """Lay one corpus record out; return its plan, its truth article and the hyphens inserted."""
    plan = _ArticlePlan()
    hyphens = 0
    title = norm_space(rec.get("title") or "") or None
    column = None
    if title and rng.random() < 0.9:
        m = _COLUMN_TAG.search(title)
        if m and len(title) - len(m.group(0)) >= 4:
            column = norm_space(m.group(1))
            title = title[: m.start()].strip()
    kicker = norm_space(rec.get("kicker") or "") or None
    subtitle = norm_space(rec.get("subtitle") or "") or None

    paras = [norm_space(p) for p in rec.get("paragraphs") or []]
    paras = [p for p in paras if p]
    captions = [p for p in paras if len(p) <= 40 and _CREDIT.search(p)]
    paras = [p for p in paras if p not in captions]
    # a closing （作者为…） note is the byline of commentary pieces: printed last, kept as ``byline``
    author_note = paras.pop() if len(paras) > 1 and _AUTHOR_NOTE.match(paras[-1]) else None
    blocks = [{"type": "subhead" if is_subhead(p) else "paragraph", "text": p} for p in paras]

    # bylines
    byline: str | None = None
    authors: list[str] = []
    names_line: str | None = None
    from_dateline = dateline_authors(blocks[0]["text"]) if blocks else None
    cont_to = next((p for p in rec.get("also_on_pages") or [] if p > page_no), None)
    first_page = rec.get("first_page") or page_no
    cont_from = first_page if first_page < page_no else None
    if author_note:
        byline = author_note
        authors = from_dateline or []
    elif (
        blocks
        and len(blocks[0]["text"]) <= 30
        and _BYLINE_PARA.match(blocks[0]["text"])
        and not any(ch in SENTENCE_END or ch in "，。" for ch in blocks[0]["text"])
    ):
        # the corpus kept the printed byline as the first paragraph: print it as the byline line
        byline = blocks.pop(0)["text"]
        authors = split_names(byline)
    elif from_dateline is not None:
        authors = from_dateline
    elif blocks:
        r = rng.random()
        names = [_name(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
        if r < 0.25:
            byline = "□本报记者 " + " ".join(names) if rng.random() < 0.7 else "本报记者 " + " ".join(names)
            if rng.random() < 0.2:
                extra = _name(rng)
                byline += " 通讯员 " + extra
                names.append(extra)
            authors = names
        elif r < 0.45 and blocks[0]["type"] == "paragraph":
            names = names[:1]
            sep = rng.choice((" ", "", " "))
            if _REPRINT.match(blocks[0]["text"]):
                # a reprint opens on the agency's dateline (据新华社伦敦5月6日电): no 本报讯 goes before it
                # (the draws above are kept, so the rest of the page is laid out as before)
                names = []
            else:
                blocks[0]["text"] = f"本报讯 （记者{sep}{names[0]}）" + blocks[0]["text"]
            authors = names
        elif r < 0.65 and cont_to is None:
            names_line = " ".join(names)
            byline = names_line
            authors = names

    # widths: one per article, sometimes a second one from some column on
    width = rng.randint(10, 20)
    width2 = rng.randint(10, 20) if rng.random() < 0.3 else width
    switch_at = rng.randint(1, 3)
    if column_width is not None:
        width = width2 = column_width  # (drawn all the same: the page's other choices stay as they were)
    n_lines = rng.randint(16, 44)
    stray_p = 0.5 if rng.random() < 0.3 else 0.0

    # body: fill columns of n_lines, changing width from column `switch_at` on
    columns: list[list[_Out]] = [[]]
    widths = [width]

    def cur_width() -> int:
        return width if len(columns) - 1 < switch_at else width2

    def place(line: _Out) -> None:
        if len(columns[-1]) >= n_lines:
            columns.append([])
            widths.append(cur_width())
            line.brk = "col"
        columns[-1].append(line)

    pending_cont_from = None
    if cont_from is not None:
        pending_cont_from = f"（上接第{cn_number(cont_from)}版）"
    truth_blocks = []
    for bi, b in enumerate(blocks):
        if b["type"] == "subhead":
            w = cur_width()
            if len(columns[-1]) >= n_lines:  # the subhead starts the next column
                w = width if len(columns) < switch_at else width2
            if rng.random() < 0.5 and (" " in b["text"] or len(b["text"]) >= 7):
                lines, truth_text = _split_two(b["text"], rng, anywhere=False)
                if len(lines) == 1 or any(cells(t) > w for t in lines):
                    lines, _ = wrap(b["text"], w)
                    truth_text = b["text"]
            else:
                lines, _ = wrap(b["text"], w)
                truth_text = b["text"]
            truth_blocks.append({"type": "subhead", "text": truth_text})
            for i, t in enumerate(lines):
                place(_Out(t, "subhead", BODY_SIZE, True, brk="para" if i == 0 else None))
            continue
        printed = _stray_spaces(b["text"], rng, stray_p) if stray_p else b["text"]
        lb = LineBreaker(printed)
        first = True
        while not lb.done:
            w = cur_width()
            # the column is about to change: the line lands in the next column
            if len(columns[-1]) >= n_lines:
                w = width if len(columns) < switch_at else width2
            cap = w - 2 if first else w
            t = lb.next_line(cap)
            out = _Out(t, "body", BODY_SIZE, indent=first, stretched=not lb.done and cells(t) <= cap - 1)
            if first:
                out.brk = "para" if bi > 0 else None
                # pdfminer: a blank line before most paragraphs, always after a subhead
                # (and after a lead-in line without final punctuation, which print sets apart in bold)
                out.para_blank = rng.random() < 0.87 or (bi > 0 and _unpunctuated(blocks[bi - 1]["text"]))
            place(out)
            first = False
        hyphens += lb.hyphens
        truth_blocks.append({"type": "paragraph", "text": b["text"]})
    plan.columns = [c for c in columns if c]
    plan.col_widths = [w * BODY_SIZE for w, c in zip(widths, columns, strict=True) if c]

    # headline boxes: set within the article's width (its widest row of columns on the page), as
    # print does; a line wider than that would print over the article beside it
    region_w = _region_width(plan.col_widths)
    truth_title = title
    if column:
        lead = " " if rng.random() < 0.5 else ""
        banner = [lead + column] if cells(lead + column) * 11.0 <= region_w else _fit(column, region_w / 11.0)
        plan.head.append([_Out(t, "column", 11.0, True) for t in banner])
    if kicker:
        lines, kicker = _headline_lines(kicker, region_w / 12.0, rng)
        plan.head.append([_Out(t, "kicker", 12.0) for t in lines])
    if title:
        tsize = 20.0
        lines, truth_title = _headline_lines(title, region_w / tsize, rng)
        plan.head.append([_Out(t, "title", tsize, True) for t in lines])
    if subtitle:
        lines, subtitle = _headline_lines(subtitle, region_w / 12.0, rng)
        plan.head.append([_Out(t, "subtitle", 12.0) for t in lines])
    plan.head_after = bool(plan.head) and rng.random() < 0.35
    plan.soft_join = rng.random() < 0.08

    if byline and not names_line and not author_note:
        # a byline wider than the article breaks at a space between names
        blines = [byline] if cells(byline) * 10.0 <= region_w else _fit(byline, region_w / 10.0)
        plan.pre.append([_Out(t, "byline", 10.0) for t in blines])
    if pending_cont_from:
        plan.pre.append([_Out(pending_cont_from, "marker", BODY_SIZE)])
    cap_texts = []
    for c in captions:
        lines, h = wrap(c, max(10, width))
        hyphens += h
        plan.post.append([_Out(t, "caption", 8.0) for t in lines])
        cap_texts.append(c)
    if author_note:
        lines, h = wrap(author_note, max(10, width))
        hyphens += h
        plan.post.append([_Out(t, "byline", BODY_SIZE) for t in lines])
    cont_to_text = f"（下转第{cn_number(cont_to)}版）" if cont_to is not None else None
    if cont_to_text:
        plan.post.append([_Out(cont_to_text, "marker", BODY_SIZE)])
    if names_line:
        plan.post.append([_Out(names_line, "byline", BODY_SIZE)])

    truth = {
        "id": aid,
        "kicker": kicker,
        "title": truth_title,
        "subtitle": subtitle,
        "column": column,
        "byline": byline,
        "authors": authors,
        "body": truth_blocks,
        "captions": cap_texts,
        "continues_to": {"page": cont_to, "text": cont_to_text} if cont_to_text else None,
        "continued_from": {"page": cont_from, "text": pending_cont_from} if pending_cont_from else None,
    }
    return plan, truth, hyphens


def _furniture(recs: list[dict], rng: random.Random) -> tuple[list[str], list[str]]:
    r0 = recs[0]
    y, m, d = (int(x) for x in r0["date"].split("-"))
    import datetime as _dt

    wd = WEEKDAYS[_dt.date(y, m, d).weekday()]
    page = int(r0["page"])
    pname = PAGE_NAMES[(page - 1) % len(PAGE_NAMES)]
    if rng.random() < 0.6:
        header = [f"{y}年{m}月{d}日 星期{wd}  {r0.get('newspaper') or '人民日报'}  {pname}  {page}"]
    else:
        header = [f"{pname}  {page:02d}", f"{y}年{m}月{d}日  星期{wd}"]
    footer = [f"本版责编：{_name(rng)} {_name(rng)}"]
    if rng.random() < 0.5:
        footer.append(f"版式设计：{_name(rng)}")
    return header, footer


def _column_rows(col_widths: list[float]) -> list[list[int]]:
    """An article's columns in rows across the page: a column that does not fit starts a new row."""
    content_w = PAGE_W - 2 * MARGIN
    rows: list[list[int]] = [[]]
    row_w = 0.0
    for ci, cw in enumerate(col_widths):
        if rows[-1] and row_w + GUTTER + cw > content_w:
            rows.append([])
            row_w = 0.0
        row_w += (GUTTER if rows[-1] else 0) + cw
        rows[-1].append(ci)
    return rows


def _region_width(col_widths: list[float]) -> float:
    """The width an article takes on the page: its widest row of columns (120 pt without columns)."""
    rows = _column_rows(col_widths)
    first_w = sum(col_widths[c] for c in rows[0]) + GUTTER * (len(rows[0]) - 1) if rows[0] else 120.0
    return max([first_w] + [sum(col_widths[c] for c in r) + GUTTER * (len(r) - 1) for r in rows if r])


def _layout_geometry(plans: list[_ArticlePlan], header: list[_Out], footer: list[_Out]) -> tuple[float, float]:
    """Give every line a position: article regions shelf-packed on the page, columns side by side."""
    content_w = PAGE_W - 2 * MARGIN
    y = MARGIN
    for i, ln in enumerate(header):
        ln.x, ln.y = MARGIN, y + i * 12
    y += 12 * len(header) + 10
    x = MARGIN
    shelf_h = 0.0
    for plan in plans:
        # columns wrap into rows when they do not fit across the page
        rows = _column_rows(plan.col_widths)
        region_w = _region_width(plan.col_widths)
        if x > MARGIN and x + region_w > MARGIN + content_w:
            x = MARGIN
            y += shelf_h + 18
            shelf_h = 0.0
        cy = y
        for box in plan.head:
            for ln in box:
                ln.x, ln.y = x, cy
                cy += ln.size * 1.3
            cy += 4
        for box in plan.pre:
            for ln in box:
                ln.x, ln.y = x, cy
                cy += LEADING
        for row in rows:
            cx = x
            row_h = 0.0
            for ci in row:
                for li, ln in enumerate(plan.columns[ci]):
                    ln.x, ln.y = cx + (2 * BODY_SIZE if ln.indent else 0.0), cy + li * LEADING
                row_h = max(row_h, len(plan.columns[ci]) * LEADING)
                cx += plan.col_widths[ci] + GUTTER
            cy += row_h + 6
        for box in plan.post:
            for ln in box:
                ln.x, ln.y = x, cy
                cy += ln.size * 1.4
        shelf_h = max(shelf_h, cy - y)
        x += region_w + 2 * GUTTER
    y += shelf_h + 18
    for i, ln in enumerate(footer):
        ln.x, ln.y = MARGIN, y + i * 12
    return PAGE_W, max(PAGE_H, y + 12 * len(footer) + MARGIN)


# which lines an extractor gives letter-spaced, a space between every two characters (README: letter-spaced lines):
# none; the headlines' (set with tracking, as short titles are); those and the body lines a justified column spreads
# out (a line that ends a cell or more short of the edge mid-paragraph, where a figure or word was pushed down); all
SPACINGS = ("none", "headlines", "stretched", "all")
_HEADLINE_ROLES = frozenset(("column", "kicker", "title", "subtitle"))


def letter_spaced(text: str) -> str:
    """``text`` as an extractor gives a letter-spaced line: one space between every two characters, its own spaces
    one space too (a wider gap is still one space), its leading ones kept."""
    body = text.lstrip()
    return text[: len(text) - len(body)] + " ".join(body.replace(" ", ""))


def _spaced(ln: _Out, spacing: str) -> bool:
    if spacing == "none":
        return False
    if spacing == "all" or ln.role in _HEADLINE_ROLES:
        return True
    return spacing == "stretched" and ln.stretched


def render_text(
    seq: list[_Out], style: str, spacing: str = "none", vertical: bool = False, indents: bool = False
) -> str:
    """The extracted text in one extractor style, from the reading-order line sequence; ``spacing``: which lines
    it gives letter-spaced (``SPACINGS``); ``vertical``: titles set vertically (竖排), which extractors give a character
    a line; ``indents``: each paragraph's first line keeps its indent, two ideographic spaces (as 人民日报's own text and
    e-paper exports set it)."""
    out: list[str] = []
    for ln in seq:
        if vertical and ln.role == "title":
            if out and style != "raw" and ln.brk in ("box", "col") and out[-1] != "":
                out.append("")
            out.extend(ch for ch in ln.text if not ch.isspace())
            continue
        if out and style != "raw":
            blank = (
                ln.brk in ("box", "col")
                or (style == "pdfminer" and ln.brk == "para" and ln.para_blank)
                or (style == "pdftotext" and ln.brk == "soft")
            )
            if blank and out[-1] != "":
                out.append("")
        text = letter_spaced(ln.text) if _spaced(ln, spacing) else ln.text
        out.append("\u3000\u3000" + text if indents and ln.indent and ln.role == "body" else text)
    return "\n".join(out) + "\n"


def _printable(rec: dict) -> bool:
    """An article record with at least one paragraph that is not a picture credit."""
    if rec.get("kind", "article") != "article":
        return False
    paras = [p.strip() for p in rec.get("paragraphs") or [] if p and p.strip()]
    return any(not (len(p) <= 40 and _CREDIT.search(p)) for p in paras)


def generate_page(
    records: list[dict],
    seed: int = 0,
    style: str = "pdfminer",
    name: str | None = None,
    column_width: int | None = None,
    spacing: str = "none",
    vertical: bool = False,
    indents: bool = False,
) -> GeneratedPage:
    """Lay out one corpus page (its records, any order) and return text, truth and layout.

    Each article draws its own column width (10–20 cells, and for three in ten a second one from some column
    on); ``column_width`` sets every article's body in columns of that many cells instead, as many real pages
    are: a cue read from widths must hold on such pages too.  ``spacing``: which lines are set with letter spacing
    (``SPACINGS``): the text gives them letter-spaced; the layout marks its headline lines among them ``spaced`` (a PDF
    sets them with tracking, at the width planned for them: a body line so set would look short to a PDF reader, which
    print's own justified lines do not); the truth is the print's, without those spaces.  ``vertical``: the titles set vertically, the text giving them a
    character a line (the layout, and so a PDF, sets them as before).  ``indents``: the text keeps each paragraph's
    first-line indent (two ideographic spaces).

    Raises ``ValueError`` when the page has no printable article, the style is unknown or ``column_width`` is
    outside 6–40 cells.
    """
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; choose one of {', '.join(STYLES)}")
    if column_width is not None and not 6 <= column_width <= 40:
        raise ValueError(f"column width {column_width} cells: choose 6 to 40")
    if spacing not in SPACINGS:
        raise ValueError(f"spacing: one of {', '.join(SPACINGS)}, not {spacing!r}")
    recs = sorted(records, key=lambda r: r.get("order") or 0)
    printable = [r for r in recs if _printable(r)]
    if not printable:
        raise ValueError("the page has no article with text")
    r0 = recs[0]
    name = name or f"rmrb-{r0['date'].replace('-', '')}-{int(r0['page']):02d}"
    # the layout depends on the page and seed only, never on the style: three styles, one page
    rng = random.Random(f"{seed}:{r0['date']}:{r0['page']}")
    page_no = int(r0["page"])
    plans: list[_ArticlePlan] = []
    truth_articles = []
    for i, rec in enumerate(printable, 1):
        plan, art, _ = _plan_article(rec, f"a{i}", rng, page_no, column_width)
        plans.append(plan)
        truth_articles.append(art)
    header_txt, footer_txt = _furniture(recs, rng)
    header_at_end = rng.random() < 0.15
    header = [_Out(t, "furniture", 8.0, brk="box") for t in header_txt]
    footer = [_Out(t, "furniture", 8.0, brk="box") for t in footer_txt]
    page_w, page_h = _layout_geometry(plans, header, footer)

    # reading order
    seq: list[_Out] = []

    def emit(box: list[_Out], brk: str = "box") -> None:
        for i, ln in enumerate(box):
            if i == 0:
                ln.brk = brk
            seq.append(ln)

    if not header_at_end:
        for ln in header:
            emit([ln])
    for plan in plans:
        if not plan.head_after:
            for box in plan.head:
                emit(box)
        for box in plan.pre:
            emit(box)
        for ci, col in enumerate(plan.columns):
            for li, ln in enumerate(col):
                if li == 0 and ci == 0:
                    soft = plan.soft_join and plan.head and not plan.head_after and not plan.pre
                    ln.brk = "soft" if soft else "box"
                elif li == 0:
                    ln.brk = "col"
                seq.append(ln)
        for box in plan.post:
            emit(box)
        if plan.head_after:
            for box in plan.head:
                emit(box)
    for ln in footer:
        emit([ln])
    if header_at_end:
        for ln in header:
            emit([ln])

    truth = {
        "source": f"{name}.txt",
        "newspaper": r0.get("newspaper") or "人民日报",
        "date": r0["date"],
        "page": page_no,
        "articles": truth_articles,
        "furniture": header_txt + footer_txt,
        "unassigned": [],
    }
    layout = [
        PlacedLine(
            ln.text,
            round(ln.x, 2),
            round(ln.y, 2),
            ln.size,
            ln.bold,
            ln.role,
            ln.role in _HEADLINE_ROLES and _spaced(ln, spacing),
        )
        for ln in seq
    ]
    return GeneratedPage(
        name=name,
        text=render_text(seq, style, spacing, vertical, indents),
        truth=truth,
        layout=layout,
        page_size=(page_w, page_h),
        style=style,
        seed=seed,
    )


# ---------------------------------------------------------------------------------------------
# synthetic records: pages without the corpus (tests, property tests, CI)

_SUBJECTS = [
    "社区食堂",
    "老街书店",
    "乡村学校",
    "供热公司",
    "河边早市",
    "科技园区",
    "图书馆",
    "志愿服务队",
    "农业合作社",
    "文化站",
    "公交线路",
    "新能源车企",
    "城市公园",
    "养老中心",
]
_CLAUSES = [
    "今年以来接待群众两万多人次",
    "推出了12项便民举措",
    "工作人员半小时内就能赶到",
    "居民满意率超过百分之九十五",
    "新建了3个服务点",
    "引入了Wi-Fi和CDMO等新服务",
    "每周开放7天",
    "带动周边36家企业共同发展",
    "把小事当成大事来办",
    "让群众少跑腿、好办事",
    "今年计划投入1.5亿元",
    "12月15日起全面推行",
    "吸引了不少年轻人回乡创业",
    "成为当地的一张名片",
]
_LEADS = ["记者日前走访发现", "据介绍", "负责人表示", "一位居民说", "近年来", "从去年开始", "据统计"]
_HEADS = ["办好身边事", "暖心服务进万家", "小切口 大民生", "出真招", "见行动见效果", "在状态", "建机制"]


def synthetic_records(seed: int = 0, articles: int = 4, date: str = "2020-05-01", page: int = 2) -> list[dict]:
    """Article records of one made-up page, in the corpus schema (text invented here, never the corpus):
    datelines, kickers, subtitles, column tags, subheads, Latin words and numbers, a continuation."""
    rng = random.Random(seed)

    def sentence() -> str:
        clauses = rng.sample(_CLAUSES, rng.randint(2, 4))
        return rng.choice(_LEADS) + "，" + rng.choice(_SUBJECTS) + "，".join(clauses) + rng.choice("。。。！")

    recs = []
    for order in range(1, articles + 1):
        paras = ["".join(sentence() for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(2, 9))]
        if rng.random() < 0.4:
            paras[0] = f"本报北京{rng.randint(1, 12)}月{rng.randint(1, 28)}日电 （记者{_name(rng)}）" + paras[0]
        for _ in range(rng.randint(0, 2)):
            paras.insert(rng.randint(1, max(1, len(paras) - 1)), rng.choice(_HEADS))
        title = rng.choice(_SUBJECTS) + rng.choice(["的新变化", "让生活更美好", "跑出加速度", "这一年"])
        if rng.random() < 0.2:
            title += "（" + rng.choice(["一线视角", "人民时评", "新春走基层"]) + "）"
        recs.append(
            {
                "id": f"syn-{seed}-{order}",
                "date": date,
                "newspaper": "人民日报",
                "page": page,
                "order": order,
                "kicker": rng.choice(_SUBJECTS) + "见闻" if rng.random() < 0.3 else None,
                "title": title,
                "subtitle": "——" + rng.choice(_SUBJECTS) + "调查" if rng.random() < 0.25 else None,
                "paragraphs": paras,
                "kind": "article",
                "also_on_pages": [page + 2] if rng.random() < 0.15 else [],
                "first_page": page,
                "page_missing_orders": [],
            }
        )
    return recs


# ---------------------------------------------------------------------------------------------
# corpus


def read_corpus(path: str | Path) -> Iterator[dict]:
    """Records of a corpus file (``.jsonl`` or ``.jsonl.gz``), their paragraphs as print showed them (``unjoin``).

    (The text path's models were fitted on pages of the records as they are, and ``fit.read_records`` still reads them
    so: the training pages do not change.)"""
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    try:
        with opener(p, "rt", encoding="utf-8") as fh:
            for no, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError as e:
                        raise BadInput(str(p), f"line {no}: not JSON ({e.msg})") from None
                    if not isinstance(rec, dict) or "date" not in rec or "page" not in rec:
                        raise BadInput(str(p), f"line {no}: not an article record (no date/page)")
                    if isinstance(rec.get("paragraphs"), list):
                        paras = rec["paragraphs"]
                        rec["paragraphs"] = [q for x in paras for q in (unjoin(x) if isinstance(x, str) else [x])]
                    yield rec
    except (OSError, EOFError, UnicodeDecodeError) as e:
        raise BadInput(str(p), f"cannot read the corpus: {e}") from None


def group_pages(records: Iterable[dict]) -> dict[tuple[str, int], list[dict]]:
    pages: dict[tuple[str, int], list[dict]] = {}
    for r in records:
        pages.setdefault((r["date"], int(r["page"])), []).append(r)
    return pages


def sample_pages(pages: dict[tuple[str, int], list[dict]], n: int, seed: int = 0) -> list[list[dict]]:
    """``n`` printable pages drawn with ``seed``, in corpus order (all of them when ``n`` is larger)."""
    keys = [k for k, recs in pages.items() if any(_printable(r) for r in recs)]
    keys.sort()
    chosen = keys if n >= len(keys) else sorted(random.Random(seed).sample(keys, n))
    return [pages[k] for k in chosen]


# punctuation as a pipeline that cleaned the text left it (README: ASCII punctuation): print's own; NFKC's
# (，：；（）！？ → ,:;()!?, …… → ......); NFKC's with 。 made . too; a half-width (全角→半角) converter's, made for
# Japanese text: ，：；（）！？ ASCII too, and 。、「」 its half-width ideographic marks ｡､｢｣ (…… kept)
MARKS = ("print", "nfkc", "ascii", "half-width")
_HALF_WIDTH_FORMS = str.maketrans(
    {**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, "。": "｡", "、": "､", "「": "｢", "」": "｣"}
)
# the characters a page is set in (README: traditional characters): simplified, as the corpus; traditional (OpenCC
# s2t); Taiwan's (s2twp: its words too, 项目 → 專案, and its corner quotes 「」『』 for “”‘’)
SCRIPTS = ("simplified", "traditional", "taiwan")
_CORNER_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})


def marks_as(text: str, marks: str) -> str:
    """``text`` with its punctuation as ``marks`` (one of ``MARKS``) leaves it."""
    if marks not in MARKS:
        raise ValueError(f"marks: one of {', '.join(MARKS)}, not {marks!r}")
    if marks == "print":
        return text
    if marks == "half-width":
        return text.translate(_HALF_WIDTH_FORMS)
    text = unicodedata.normalize("NFKC", text)
    return text.replace("。", ".") if marks == "ascii" else text


def script_as(text: str, script: str) -> str:
    """``text`` set in ``script`` (one of ``SCRIPTS``)."""
    if script not in SCRIPTS:
        raise ValueError(f"script: one of {', '.join(SCRIPTS)}, not {script!r}")
    if script == "simplified":
        return text
    return _opencc("s2t")(text) if script == "traditional" else _opencc("s2twp")(text).translate(_CORNER_QUOTES)


# ten characters of a thousandth's frequency in the corpus's text (two of them surnames): a font that names no character
# for a glyph leaves such ones, a name's rarer character as often as not
UNNAMED = "卖忙硬且签韩徐返搬申"
_AS_GLYPH_NUMBERS = str.maketrans({ch: f"(cid:{4001 + i})" for i, ch in enumerate(UNNAMED)})


def with_unnamed_glyphs(text: str) -> str:
    """``text`` as pdfminer.six gives a PDF whose fonts name no character for some glyphs (README: glyph numbers):
    each of ``UNNAMED`` its glyph number, ``(cid:4001)``.  Truth takes it too (the output gives them back as they came)."""
    return text.translate(_AS_GLYPH_NUMBERS)


_AS_GETA_MARKS = str.maketrans({ch: "〓" for ch in UNNAMED})


def with_geta_marks(text: str) -> str:
    """``text`` as GB2312 leaves it (README: geta marks): each of ``UNNAMED`` the mark 〓, GB2312's stand-in for a
    character it cannot encode.  Truth takes it too (the output gives the marks back as they came)."""
    return text.translate(_AS_GETA_MARKS)


def with_radicals(text: str, doubled: bool = False) -> str:
    """``text`` as an extractor reads a PDF whose fonts map a character's glyph to its radical (README: radicals):
    every character that has a Kangxi radical or a radical supplement's form of its own in that form (人 → ⼈, 门 →
    ⻔); ``doubled``, as macOS Preview copies such glyphs, the radical and the character (⼈人).  The truth stays the
    print's."""
    if doubled:
        return "".join(_RADICAL_OF[ch] + ch if ch in _RADICAL_OF else ch for ch in text)
    return text.translate(_AS_RADICALS)


_RADICAL_OF: dict[str, str] = {}
for _r, _c in RADICALS.items():
    if 0x2E80 <= ord(_r) <= 0x2FDF:  # (not the compatibility ideographs: the radicals, Kangxi's first)
        _RADICAL_OF.setdefault(_c, _r)
_AS_RADICALS = str.maketrans(_RADICAL_OF)


def with_invisibles(text: str, seed: str) -> str:
    """``text`` as web pages and CMS exports leave it (README: invisible characters): its spaces no-break (``&nbsp;``),
    a zero-width space after one character in twenty (some sites set them to break copying), a byte-order mark
    before it (files saved with one and joined).  The truth stays the print's: a reader sees none of these."""
    rng = random.Random(seed)
    out = ["\ufeff"]
    for ch in text.replace(" ", "\u00a0"):
        out.append(ch)
        if ch != "\n" and rng.random() < 0.05:
            out.append("\u200b")
    return "".join(out)


@functools.lru_cache(maxsize=2)
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config).convert


def each_string(value: Any, form: Callable[[str], str]) -> Any:
    """Every string of a page's JSON (its truth, a parse) through ``form``."""
    if isinstance(value, str):
        return form(value)
    if isinstance(value, list):
        return [each_string(v, form) for v in value]
    if isinstance(value, dict):
        return {k: each_string(v, form) for k, v in value.items()}
    return value


def generate_corpus_pages(
    corpus: str | Path,
    n: int,
    seed: int = 0,
    style: str = "pdfminer",
    year: str | None = None,
    column_width: int | None = None,
    marks: str = "print",
    script: str = "simplified",
    spacing: str = "none",
    vertical: bool = False,
    indents: bool = False,
    invisibles: bool = False,
) -> Iterator[GeneratedPage]:
    """``n`` pages drawn with ``seed``; ``year``: from the records of that year only (the text path's models
    are fitted on 2019's, so pages of 2020 share no article with them); ``column_width``: see ``generate_page``;
    ``marks``: the text and its truth with their punctuation as a cleaning pipeline left it (``MARKS``); ``script``:
    set in traditional characters (``SCRIPTS``); ``spacing``: which lines the text gives letter-spaced (``SPACINGS``);
    ``vertical``: titles set vertically, a character a line in the text; ``indents``: paragraphs' indents kept;
    ``invisibles``: the text with the invisible characters web pages leave in it (``with_invisibles``)."""
    marks_as("", marks), script_as("", script)  # (an unknown form is refused before the corpus is read)
    if spacing not in SPACINGS:
        raise ValueError(f"spacing: one of {', '.join(SPACINGS)}, not {spacing!r}")
    records = read_corpus(corpus)
    if year:
        records = (r for r in records if str(r["date"]).startswith(year))
    for recs in sample_pages(group_pages(records), n, seed):
        page = generate_page(
            recs, seed=seed, style=style, column_width=column_width, spacing=spacing, vertical=vertical, indents=indents
        )
        for form in (lambda t: script_as(t, script), lambda t: marks_as(t, marks)):
            page.text, page.truth = form(page.text), each_string(page.truth, form)
        if invisibles:
            page.text = with_invisibles(page.text, page.name)
        yield page


def truth_json(page: GeneratedPage) -> dict[str, Any]:
    return page.truth
