"""Recognisers for the printed elements that have a fixed form: bylines, datelines,
furniture, picture credits and continuation markers.  Each is a pure function of one line."""

from __future__ import annotations

import re

from banmian.model import Continuation

CJK = r"\u3400-\u9fff\uf900-\ufaff"
_NAME = rf"(?:[{CJK}·]{{2,4}}|[{CJK}][\s\u3000]{{1,2}}[{CJK}])"  # print pads two-character names: 贺 勇

# "□本报记者 何春阳", "本报记者 张三 通讯员 李四", "本报评论员", "新华社记者 王五" (a byline line of its own)
_ROLE_WORDS = r"(?:本报(?:特约)?记者|本报通讯员|本报评论员|本报见习记者|本报特派记者|特约记者|特约撰稿人|记者|通讯员|实习生|评论员|特派记者|新华社记者)"
BYLINE = re.compile(
    rf"^[□■◇◆●○◎\s]*{_ROLE_WORDS}[\s\u3000]*(?:{_NAME}[\s\u3000、]*){{0,6}}(?:[\s\u3000]*{_ROLE_WORDS}[\s\u3000]*(?:{_NAME}[\s\u3000、]*){{1,6}})*$"
)
# why: BYLINE is costly even where it fails at once; a stripped byline starts with one of its leading marks
# (keep in step) or a role word's first character (None, no shortcut, if a role word does not start plainly)
_ROLE_FIRST = {w[:1] for w in _ROLE_WORDS[3:-1].split("|")}
_BYLINE_FIRST = frozenset("□■◇◆●○◎") | _ROLE_FIRST if all("\u3400" <= c <= "\u9fff" for c in _ROLE_FIRST) else None
BYLINE_MARK = re.compile(r"^[□■◇◆]\s*\S")
# ■记者手记 / 记者观察: the reporter's notes after a report, a subhead of its body (never a byline, for the 记者)
NOTES_LABEL = re.compile(r"^[□■◇◆●【\[]?\s*记者(?:手记|观察)\s*[】\]]?$")
# 记者探营 / 【记者感言】 / 记者点评: a label or a column's name on what the reporter saw, not 记者 and a name;
# 评论员观察 / 评论员随笔: 人民日报's column names (92 title tags in the corpus), not 评论员 and a name
REPORTER_LABEL = re.compile(
    r"^[□■◇◆●【\[]?\s*(?:记者(?:探营|感言|点评|札记|调查|走访|连线|直击|体验|追踪)|评论员(?:观察|随笔))\s*[】\]]?$"
)
# Boxed labels that open or sit inside an article's body (核心阅读 under 人民日报's headlines): never a headline
BODY_LABEL = re.compile(
    r"^[□■◇◆●【\[]?\s*(?:核心阅读|内容提要|阅读提示|编者按|编者的话|记者手记|记者观察|短评|点评|专家点评|"
    r"相关链接|背景链接|链接|延伸阅读|新闻链接|知识链接|开栏的话|引\s?子|前\s?言|人物小传)\s*[】\]]?$"
)
# … of them, the labels of a section that closes an article (■点评, 延伸阅读, 知识链接): in 人民日报 past its first two
# paragraphs 54 times of 57 (核心阅读, which opens one, 5 times of 523)
TAIL_LABEL = re.compile(
    r"^[□■◇◆●【\[]?\s*(?:短评|点评|专家点评|相关链接|背景链接|链接|延伸阅读|新闻链接|知识链接)\s*[】\]]?$"
)
# 数据来源：国家统计局 — a source note under a table or an article: body text, not a headline
SOURCE_NOTE = re.compile(r"^(?:数据|资料|图片|信息)?来源[:：]")
SOURCE_NOTE_FIRST = frozenset("数资图信来")  # the characters it opens on (keep in step: a test checks it)
# A last line holding only names: "刘玉珮 黄伟 马建保"
NAMES_LINE = re.compile(rf"^[{CJK}·]{{2,3}}(?:[\s\u3000]+[{CJK}·]{{2,3}}){{1,6}}$")

# "本报讯 （记者 周雨）", "本报北京1月31日电 （记者杜一菲）", "新华社北京1月31日电" at a paragraph start; print
# leaves a space between a place and its date at times (本报北京 1月7日电), and a report may be quoted
# (据新华社巴格达1月5日电)
DATELINE = re.compile(
    rf"^(?:本报讯|本报电|新华社电|中新社电|(?:本报|新华社|中新社)[{CJK}]{{0,12}}\s?\d{{0,2}}\s?月?\s?\d{{1,2}}\s?日?\s?电"
    r"|据新华社电)"
    r"[\s\u3000]*(?:[（(]([^（）()]{1,40})[）)])?"
)


def opens_with_dateline(text: str) -> bool:
    """The text opens with a dateline, also one of a reprint (据新华社努尔苏丹1月6日电): a new article.
    (A reprint's reporters are the agency's, not authors of this paper: ``DATELINE`` leaves it out.)"""
    return DATELINE.match(text) is not None or text[:1] == "据" and DATELINE.match(text[1:]) is not None


# First characters DATELINE or REPORTER_PAREN can match at (keep in step with both)
_DATELINE_FIRST = frozenset("本新中据（(")
# "（记者 周雨）" may also open a paragraph on its own
REPORTER_PAREN = re.compile(r"^[（(]((?:记者|通讯员|实习生)[^（）()]{1,40})[）)]")

_SPACED_NAME = rf"[{CJK}](?:[\s\u3000]{{0,2}}[{CJK}·]){{1,3}}"
CAPTION_CREDIT = re.compile(
    rf"^(?:新华社|本报|中新社|本报特约)?(?:记者|通讯员|摄影记者)?[\s\u3000]*(?:{_SPACED_NAME}[\s\u3000]*文[\s\u3000]*)?"
    rf"{_SPACED_NAME}[\s\u3000]*摄(?:影)?(?:[（(][^（）()]{{1,12}}[）)])?$"
)

CONTINUES_TO = re.compile(r"^[（(]\s*(?:下转|转)第?\s*([0-9一二三四五六七八九十]+)\s*版\s*[）)]$")
CONTINUED_FROM = re.compile(r"^[（(]\s*(?:上接|接)第?\s*([0-9一二三四五六七八九十]+)\s*版\s*[）)]$")

# (not 本版制图：X: a credit like 制图：X, its article's last paragraph in 87 of 91 places in 人民日报 2019–2020; at the foot,
# under the editors' line, the page's: see ``reflow._features``)
FURNITURE = re.compile(
    r"^(?:本版(?:责编|编辑|责任编辑|主编|美编|校对|图片编辑)|责任编辑|责编|美编|校对)[\s\u3000]*[:：]"
    r"|^\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*星期[一二三四五六日天]"
    r"|^第?\s*\d{1,3}\s*版?$"
    r"|^[-—–\s]*\d{1,3}[-—–\s]*$"
    # (a contact line: a number or an address after the label, or nothing where it broke; 电话：“今晚8点半…” is a
    # sentence quoting a call)
    r"|^(?:电话|传真|邮箱|E-?mail|投稿邮箱)[:：][\s\u3000]*(?:$|[\d(（A-Za-z+])"
)

# Credit labels printed as a line of their own: "制图：蔡华伟", "版式设计：张丹峰"
# (a two-character name padded to three cells: 制图：郭 祥)
# the closing credit of a photo report, 刘新吾  陈  勇摄影报道（人民视觉）: the report's last paragraph (74 in 人民日报,
# none a headline)
PHOTO_REPORT = re.compile(
    rf"^(?:本报记者)?[\s\u3000]*(?:{_SPACED_NAME}[\s\u3000]*){{0,8}}摄影报道(?:[（(][^（）()]{{1,12}}[）)])?$"
)
# a contact line: 栏目投稿邮箱：…@163.com, 传真：（010）65368495, 网址：http://…, a bare e-mail address (51 paragraphs
# of 人民日报, no headline); an e-mail label alone, its address on the next line (电子信箱： / rmrbst@126.com)
CONTACT_LINE = re.compile(
    r"^(?:[^\s:：，。]{0,8}(?:邮箱|信箱|网址|电话|热线|传真|邮编)[:：]\s*[\w@.:/\-—（）()]+"
    r"|[^\s:：，。]{0,8}(?:邮箱|信箱)[:：]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|[（(]0\d{2,3}[)）]\d{7,8})$"
)
CREDIT_LABEL = re.compile(
    r"^(?:本版|本期|稿件)?(?:制图|版式设计|版式|图片编辑|图片来源|摄影|绘图|漫画|图|统筹|采访整理)[:：]\s*(?:\S{1,12}|\S[\s\u3000]{1,2}\S)?$"
)
CREDIT_LABEL_FIRST = frozenset("本稿制版图摄绘漫统采")  # the characters it opens on (keep in step: a test checks it)

# A paper's name beside the page's head furniture: "人民日报", "重庆日报" (a bare …报 not a word that ends so: a
# kicker at the page's head, 国办印发通报 / 统计公报 / 捷报, is no masthead)
MASTHEAD = re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:日报|晚报|早报|晨报|时报|商报|青年报|法治报|法制报|都市报|周报|(?<![通公简汇捷喜预举警情回电海申上呈填])报)$"
)
# A page name with its number at the head of a page: "经济  07", "要闻 1"
PAGE_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,8}[\s\u3000]+(?:第\s*)?\d{1,3}\s*版?$")

# What the page's head says of itself: its date (2020年1月8日), its paper's name (a masthead) and its number, at
# the end of a head line (…人民日报  文化  10, 要闻  04) or a line of its own (第3版, - 3 -)
_HEAD_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_HEAD_NUMBER = re.compile(r"^(?:.*[\s\u3000])?(?:第\s*)?(\d{1,3})\s*版?$")
_BARE_NUMBER = re.compile(r"^(?:第\s*(\d{1,3})\s*版|[-—–\s]*(\d{1,3})[-—–\s]*)$")


def page_head(furniture: list[str]) -> tuple[str | None, str | None, int | None]:
    """The paper's name, the issue date (ISO) and the page number that the page's furniture prints, each None
    where it says nothing (a page number only from a line that carries the date or the page's name, or a line of
    its own: 本版责编：张三 12 is no page number)."""
    newspaper = date = number = None
    for line in furniture:
        t = line.strip()
        m = _HEAD_DATE.search(t)
        dated = False
        if m and date is None and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            date, dated = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", True
        if newspaper is None:
            newspaper = next((w for w in t.split() if MASTHEAD.match(w)), None)
        if number is None:
            if dated or PAGE_NAME.match(t):
                n = _HEAD_NUMBER.match(t[m.end() :] if dated and m else t)
                number = int(n.group(1)) if n else None
            elif b := _BARE_NUMBER.match(t):
                number = int(b.group(1) or b.group(2))
    return newspaper, date, number or None


# The last paragraph of an article: "（本报内比都电）", "（新华社北京5月27日电）", "（作者为…）", and the end of a
# series or a long piece: "（本系列评论到此结束）" (the last paragraph of its record all 12 times in 人民日报), "（完）";
# "（相关报道见第六版）" (the last all 23 times)
CLOSING = re.compile(
    r"^[（(](?:(?:本报|新华社|据新华社|中新社|综合)[^（）()]{0,40}电|作者为[^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*|据[^（）()]{1,12}报道|(?:综合|本报记者)[^（）()]{2,80}报道"
    r"|据?(?:本报|新华社|中新社)[^（）()]{0,80}电[\s\u3000]*(?:本报|新华社)?记者[^（）()]{1,120}"
    r"|[^（）()]{1,80}采写|(?:摘编?自|摘自|原载)[^（）()]{1,60}|参与(?:采访)?记者[：:][^（）()]{1,80}"
    r"|作者单位[：:][^（）()]{1,60}|作者分别为[^（）()]{1,80}|执笔[：:][^（）()]{1,40}"
    r"|本?系列[^（）()]{0,8}(?:结束|完)|完|相关报道见第[^（）()]{1,6}版)[）)]$"
)

# a ——line naming the kind of piece it is under (——全国政协十三届三次会议闭幕侧记, ——写在…之际, ——…引起强烈反响,
# ——…述评之一, ——世界瞩目中国“两会时间”②, ——坚定我们的制度自信（16）): a headline's subtitle (人民日报: 370 subtitles end so,
# 3 body lines; a part's number in brackets, 16 subtitles and no body line)
GENRE_DASH = re.compile(
    r"^——.{2,60}(?:纪实|反响|之际|侧记|综述|述评|简评|述要|摘编|掠影|扫描|巡礼|答记者问|之[一二三四五六七八九十]+"
    r"|[（(](?:[上中下]|\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])$"
)

# a document's date (and place or occasion) in brackets under its title: （2019年1月31日）, （二〇二〇年一月十八日
# 内比都）, （2020年5月21日第十三届全国人民代表大会第三次会议通过）
DATE_SUBTITLE = re.compile(r"^[（(](?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^（）()]{0,50}[)）]$")

# a foreign author over the section they wrote: （法国）格雷瓜尔·戴高乐, （韩国）李胜国 (not a numbered part: （十一）…)
FOREIGN_AUTHOR = re.compile(
    r"^[（(](?![一二三四五六七八九十上中下]+[）)])[\u4e00-\u9fff]{2,6}[）)]\s?[\u4e00-\u9fff][\u4e00-\u9fff·．.—-]{0,14}[\u4e00-\u9fff]$"
)
AUTHOR_NOTE = re.compile(r"^[（(]作者(?:为|系|是)[^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]$")

_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _page_number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s in _CN_NUM:
        return _CN_NUM[s]
    if s.startswith("十") and len(s) == 2:
        return 10 + _CN_NUM.get(s[1], 0)
    if len(s) >= 2 and s[-1] == "十":
        return _CN_NUM.get(s[0], 0) * 10
    if len(s) == 3 and s[1] == "十":
        return _CN_NUM.get(s[0], 0) * 10 + _CN_NUM.get(s[2], 0)
    return None


def continuation(line: str) -> tuple[str, Continuation] | None:
    """``（下转第五版）`` → ("to", Continuation(5, text)); ``（上接第1版）`` → ("from", …)."""
    c = line[:1]
    if c not in "（(" and not c.isspace():
        return None  # why: asked of nearly every line; most start with neither a bracket nor a space
    s = line.strip()
    if len(s) > 14 or not s.startswith(("（", "(")):
        return None
    for kind, rx in (("to", CONTINUES_TO), ("from", CONTINUED_FROM)):
        m = rx.match(s)
        if m:
            return kind, Continuation(_page_number(m.group(1)), s)
    return None


_FURNITURE_HINT = re.compile(r"[编校期版电传邮]|^[\s\d第\-—–]{1,8}$")


# Every FURNITURE alternative is anchored at the start: the first character of a furniture line is one of
# these or a decimal digit (keep in step with FURNITURE).
_FURNITURE_FIRST = frozenset("本责美校第-—–电传邮E投")


def maybe_furniture(line: str) -> bool:
    """A cheap test that lets most body lines skip the furniture patterns."""
    s = line.lstrip()
    if s and s[0] not in _FURNITURE_FIRST and not s[0].isdecimal():
        return False  # why: cheaper than the hint search, which runs on every line of a page
    return bool(_FURNITURE_HINT.search(line))


def is_furniture(line: str) -> bool:
    return bool(FURNITURE.search(line.strip()))


# who attends or chairs, under a meeting's title: 王沪宁出席, 栗战书主持
ATTENDANCE = re.compile(r"(?:出席|主持|讲话|致辞|致信|陪同|参加|会见|看望|出席会议)(?:并讲话|并致辞|会议|活动)?$")


def is_byline(line: str) -> bool:
    s = line.strip()
    if len(s) > 40 or _BYLINE_FIRST is not None and s[:1] not in _BYLINE_FIRST or not BYLINE.match(s):
        return False
    if NOTES_LABEL.match(s) or REPORTER_LABEL.match(s):
        return False  # ■记者手记: a label over the reporter's notes closing the body, no byline; 记者探营: a column
    # a byline spaces its names (本报记者 张三 李四); five characters or more run on after the role word are
    # a sentence's: 记者从全国人大常委会办公 / 厅了解到… (none of the generated pages' bylines is so)
    role = _ROLE_AT.match(s)
    assert role is not None  # (BYLINE opens with a role word too)
    rest = s[role.end() :]
    if len(rest) >= 5 and _NAME_BREAK.search(rest) is None:
        return False
    # … and so does a first word of four characters or more run on after it that opens on no surname: 本报记者走进北京、
    # 江苏、… (人民日报: 104 paragraphs open so, all sentences; the one such word on a surname, 记者向远方望去, too)
    first = _FIRST_WORD.match(rest)
    return first is None or first.group()[0] in SURNAMES or first.group()[:2] in COMPOUND_SURNAMES


_ROLE_AT = re.compile(rf"^[□■◇◆●○◎\s]*{_ROLE_WORDS}")
_NAME_BREAK = re.compile(r"[\s\u3000、，,]")
_FIRST_WORD = re.compile(r"[\u3400-\u9fff]{4,}(?=[\s\u3000、，,]|$)")


def is_names_line(line: str) -> bool:
    s = line.strip()
    if not NAMES_LINE.match(s):
        return False
    # ``小盆景 大天地``, ``港口忙 贸易旺``: parallel headline phrases have the same shape; names start with surnames
    pieces = s.split()
    return 2 * sum(p[0] in SURNAMES or p[:2] in COMPOUND_SURNAMES for p in pieces) >= len(pieces)


# The commonest surnames (they cover most of the population): a lone 2–3 character line starting with
# one of them, standing after an article's last paragraph, is the reporter's name.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常"
)

# … and the characters a glyph the page could not name stands in as (``reconstruct.glyphs``: U+9FA6–9FFF, which no page
# prints): a name's rare character is as often its surname as not (何(cid:77)阳, (cid:79)国栋), and a surname that
# stands in reads as a surname
SURNAMES |= {chr(c) for c in range(0x9FA6, 0xA000)}

COMPOUND_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "宇文"}


# 钟声, the pen name of 人民日报's commentary on world affairs, is printed over its headline as the column's name
# (48 title tags in the corpus), never under a body as a reporter's
COLUMN_PEN_NAMES = frozenset({"钟声"})


# a reader's or guest writer's signature under their piece's headline in a column of letters or short comments
# (建议, 来论, 身边事): a place and a name, 江西南昌 杨铭鸣, 安徽怀宁县吴良伦, 陕西咸阳市 姚 平 (人民日报 2019–2020:
# 115 paragraphs so, one title)
_READER = re.compile(
    r"^[\u4e00-\u9fff]{2,9}?(?:(?<=[省市县区旗州盟])[\s\u3000]*|[\s\u3000]+)(?P<name>[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,2})$"
)
_PADDED_NAME = re.compile(r"^[\u4e00-\u9fff][\s\u3000]{1,2}[\u4e00-\u9fff]$")  # 何 娟


def is_reader_author(line: str, placed: bool = False) -> bool:
    """A place and a name (江西南昌 杨铭鸣), or a name alone (张国庆, 何 娟; not when ``placed``): who wrote a piece in
    a column of readers' letters or comments, printed under its headline."""
    s = line.strip()
    if len(s) > 16:
        return False
    if is_single_name(s) or (_PADDED_NAME.match(s) is not None and s[0] in SURNAMES):
        return not placed
    m = _READER.match(s)
    if m is None:
        return False
    name, place = m.group("name"), s[: m.start("name")].strip()
    return (
        (name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES)
        and name[-1] not in "省市县区旗州盟镇乡村"
        # (a place run into the name opens on a province and ends on a city or county: 安徽怀宁县吴良伦, not
        # 湖北省黄冈 or …策促进自贸区高质量)
        and (
            s[m.start("name") - 1].isspace()
            # (spaced: a province and a city, 江西南昌, or a place of any level, 深圳宝安区; not 北京玉雕传承人 杨晓雅)
            and (place.startswith(PROVINCES) and len(place) <= 6 or place[-1] in "省市县区旗州盟")
            or place.startswith(PROVINCES)
            and place[-1] in "市县区旗州盟"
        )
        and not any(w in s for w in _NOT_READER)
    )


_NOT_READER = ("记者", "通讯员", "摄", "编辑", "责编", "设计", "制图", "主持")
PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
    "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)  # fmt: skip


def is_single_name(line: str) -> bool:
    s = line.strip()
    return (
        2 <= len(s) <= 3
        and s[0] in SURNAMES
        and all("\u4e00" <= c <= "\u9fff" for c in s)
        and s not in COLUMN_PEN_NAMES
    )


def is_caption_credit(line: str) -> bool:
    s = line.strip()
    # why "摄": the pattern needs one, and looking for it is cheaper than the pattern
    return len(s) <= 30 and "摄" in s and bool(CAPTION_CREDIT.match(s))


_STRIP_ROLES = re.compile(_ROLE_WORDS + r"|[□■◇◆●○◎]")


def names_in(text: str) -> list[str]:
    """Names in a byline or a reporter parenthesis: role words removed, split at spaces and 、."""
    text = re.sub(
        # (not a bare 文: 邵鲁文 and 陈尚文 are names, and "X文" for "text by X" is rare beside them)
        r"(?<=[\u3400-\u9fff])(?:整理|(?:摄影|摄)?报道|采写|撰文|执笔|摄影?)(?=[\s\u3000、，,]|$)",
        "",
        text,
    )
    parts = re.split(r"[\s\u3000、，,]+", _STRIP_ROLES.sub(" ", text))
    names: list[str] = []
    i = 0
    while i < len(parts):
        if len(parts[i]) == 1 and i + 1 < len(parts) and len(parts[i + 1]) == 1:
            names.append(parts[i] + parts[i + 1])  # 贺 勇 → 贺勇
            i += 2
            continue
        names.append(parts[i])
        i += 1
    return [p for p in names if 2 <= len(p) <= 4 and re.fullmatch(rf"[{CJK}·]+", p) and p not in _NOT_NAMES]


# what follows 记者 in a column's name (记者手记, 记者观察): no reporter's name
_NOT_NAMES = frozenset(["手记", "观察", "调查", "札记", "笔记", "日记", "来信", "追踪", "探访", "连线", "视点", "述评"])


def dateline_authors(paragraph: str) -> list[str] | None:
    """Authors from a paragraph that opens with a dateline; None if it has no dateline."""
    s = paragraph.strip()
    if s[:1] not in _DATELINE_FIRST:
        return None  # why: neither pattern can match; this runs for most paragraphs, several times
    m = DATELINE.match(s)
    if m:
        return names_in(m.group(1)) if m.group(1) else []
    m = REPORTER_PAREN.match(s)
    if m:
        return names_in(m.group(1))
    return None


_SPACES = re.compile(r"[\s\u3000]+")
# a contact anywhere in a line, 栏目投稿邮箱：… or an e-mail address (not a handle quoted under a post: ——@北国之春);
# CONTACT_LINE above is a whole line of contact
# an e-mail address to write to, under a column's last article: in 人民日报 the last paragraph of its record or
# followed by credits and contacts only (19 times of 20)
EMAIL_CONTACT = re.compile(r"^[^\s:：，。]{0,8}(?:邮箱|信箱)[:：]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# (an address is looked for from the start of its run of word characters only: tried from every character of a long
# run, as Chinese text without punctuation is, the search took time growing with the square of its length — 24,000
# characters of one line, 2.9 s)
CONTACT_IN_LINE = re.compile(r"(?:邮箱|信箱|热线|电话|传真)[:：]|(?<![\w.-])[\w.-]+@[\w-]+\.[A-Za-z]")
# …摄影报道（影像中国）, …摄（人民视觉）, …供图, 版式设计蔡华伟, a telephone number, （本报记者…整理）, a dateline's
# broken-off end
CLOSING_CREDIT = re.compile(
    r"(?:摄影报道|[\u3400-\u9fff]摄)(?:[（(][^（）()]{1,8}[）)])?$|供图$"
    r"|^(?:版式设计|制图)[:：][\u3400-\u9fff·]{2,12}$|^版式设计[\u3400-\u9fff]{2,4}$|^(?:[（(]\d{3,4}[）)])?\d{7,8}$"
    r"|^[（(]本报记者[^（）()]{1,12}整理[）)]$|^[^（）()]{0,12}电[）)]$"
)


# a document's signature under its text: who issued it and the day (中华人民共和国国务院 / 2020年1月7日, 习近平 /
# 2020年3月15日): 59 short body lines of 人民日报 end on a full date, no kicker, title or subtitle does
SIGNED_DATE = re.compile(
    r"^[^（(]{0,30}(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日$"
)


def closes_article(text: str) -> bool:
    """A line that closes an article, printed under its body: who the author is (（作者为…）), a closing
    dateline (（本报…电）, or its end broken off at the column edge: 日电）), a photo's or the layout's credit
    (…摄影报道, 版式设计：…), a column's contact line (栏目投稿邮箱：…), a document's signature and date.  No
    headline line."""
    t = _SPACES.sub("", text)
    return bool(
        CLOSING.match(t)
        or AUTHOR_NOTE.match(t)
        or CREDIT_LABEL.match(text)
        or CAPTION_CREDIT.match(text)
        or CLOSING_CREDIT.search(t)
        or CONTACT_IN_LINE.search(t)
        or SIGNED_DATE.match(t)
        or REPORTED_BY.match(t)
    )


# who reported what the body says, closing it: （综合本报记者王君平、李心萍…及新华社报道）, （本报记者刘志强、朱磊…）,
# （据新华社电 记者阳娜、马晓冬）, （新华社记者张晓松、朱基钗，本报记者杜尚泽）, （本报曼谷电 郑美辰、郭雨祺参与采写）;
# and where the report goes on (（相关报道见第二版）). In 人民日报 a box opening on a bracket is never a title or kicker
REPORTED_BY = re.compile(
    r"^[（(](?:综合[^（）()]{2,80}报道|(?:本报|新华社)?记者[^（）()]{2,60}|据新华社[^（）()]{0,60}"
    r"|本报[^（）()]{0,16}电[^（）()]{1,40}|相关报道见第[^（）()]{1,6}版"
    # (and who took part: （参与记者：李东旭、白平）, （徐辉、刘慎参与采写）: 68 paragraphs of 人民日报, 57 an article's last)
    r"|[^（）()]{0,120}参与(?:采写|记者)[^（）()]{0,160})[）)]$"
)
