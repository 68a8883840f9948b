"""Reconstruction with geometry (what the PDF and OCR readers give): font sizes and measured indents
decide what text alone can only guess."""

from __future__ import annotations

from banmian.model import Line
from banmian.pipeline import parse_lines

BODY = 10.0  # body size, points; a column 14 characters wide starting at x = 36
LEFT = 36.0


class Page:
    """Lays lines out top to bottom in one column, the way a PDF reader reports them."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.y = 40.0

    def add(
        self, text: str, size: float = BODY, indent: float = 0.0, bold: bool = False, x0: float | None = None
    ) -> None:
        x0 = LEFT + indent * size if x0 is None else x0
        self.lines.append(Line(text, 1, (x0, self.y, x0 + len(text) * size, self.y + size), size, bold))
        self.y += size * 1.4

    def blank(self) -> None:
        """A blank line, as the PDF reader puts one between blocks (a size or weight change, a gap)."""
        self.lines.append(Line(""))

    def paragraph(self, text: str, width: int = 14) -> None:
        first, rest = text[: width - 2], text[width - 2 :]
        self.add(first, indent=2)  # the first line keeps its two-character indent in a PDF
        while rest:
            self.add(rest[:width])
            rest = rest[width:]


P1 = "夜市经济成为县城消费的新亮点，地方政府完善配套设施，商户延长营业时间，消费者的选择更加丰富。"
P2 = "傍晚时分，县城广场上的夜市摊位陆续亮灯，烧烤、小吃、手工艺品摊前人头攒动，十分热闹。"
P3 = "记者在现场看到，不少年轻人带着家人前来逛夜市，夜市成为县城居民休闲娱乐的好去处。"
P4 = "嫦娥四号探测器在月球背面着陆，这是人类航天史上的一项科技壮举，各国科学家纷纷表示祝贺。"


def test_sizes_decide_boundaries_and_subheads():
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)  # the title, twice the body size
    page.add("核心阅读", bold=True)  # a body-size box under the title opens the body
    page.paragraph(P1)
    page.paragraph(P2)
    # a bold body-size line as long as a headline: by its size, a subhead inside the article
    page.add("夜市经营规范有序，城管部门加强服务", bold=True)
    page.paragraph(P3)
    page.add("月球背面的科技壮举", size=20.0, bold=True)  # a new article's title
    page.paragraph(P4)

    first, second = parse_lines(page.lines).articles
    assert first.title == "乡村夜市点亮县域消费" and first.subtitle is None
    assert [(b.type, b.text) for b in first.body] == [
        ("subhead", "核心阅读"),
        ("paragraph", P1),
        ("paragraph", P2),
        ("subhead", "夜市经营规范有序，城管部门加强服务"),
        ("paragraph", P3),
    ]
    assert second.title == "月球背面的科技壮举"
    assert [b.text for b in second.body] == [P4]


def test_the_indent_is_measured_against_body_lines_not_a_larger_title():
    short = "夜市经济成为县城消费的新亮点，地方政府完善配套设施。"  # two lines: 12 + 14 characters
    page = Page()
    # the title spans from a column further left: measured against it, every line looks indented
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True, x0=LEFT - 60)
    page.paragraph(short)
    page.paragraph(P2)  # its first line is three lines under the title
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body] == [short, P2]


def test_banner_and_kicker_told_apart_by_size_and_weight():
    page = Page()
    page.blank()
    page.add("说道", size=11.0, bold=True)  # a column banner: one bold line, smaller than the title
    page.blank()
    page.add("植绿不止 春山可望", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("水利部发文", size=12.0)  # a short kicker, in regular weight
    page.blank()
    page.add("采砂管理纳入河湖长制考核体系", size=20.0, bold=True)
    page.blank()
    page.paragraph(P2)
    page.blank()
    page.add("扬子江药业", size=20.0, bold=True)  # a short title is the largest box: never a banner
    page.blank()
    page.add("深植环保理念 争做行业“绿巨人”", size=12.0)
    page.blank()
    page.paragraph(P3)
    page.blank()
    page.add("政策解读·让民营企业安心谋发展②", size=11.0, bold=True)  # banner, kicker, title
    page.blank()
    page.add("不能拿“规划调整”“政策变化”说事", size=12.0)
    page.blank()
    page.add("有约必守 保护企业合法权益", size=20.0, bold=True)
    page.blank()
    page.paragraph(P4)

    got = [(a.column, a.kicker, a.title, a.subtitle) for a in parse_lines(page.lines).articles]
    assert got == [
        ("说道", None, "植绿不止 春山可望", None),
        (None, "水利部发文", "采砂管理纳入河湖长制考核体系", None),
        (None, None, "扬子江药业", "深植环保理念 争做行业“绿巨人”"),
        ("政策解读·让民营企业安心谋发展②", "不能拿“规划调整”“政策变化”说事", "有约必守 保护企业合法权益", None),
    ]


def test_a_headline_size_line_is_never_a_subhead_of_a_set():
    # three two-line subheads of one shape, then a kicker and title of the same shape: read as a set
    # they would all be subheads, but the title's size says a new article starts there
    page = Page()
    page.blank()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    for a, b, text in (("出真招，", "见行动", P1), ("在状态，", "鼓干劲", P2), ("建机制，", "管长远", P3)):
        page.blank()
        page.add(a, bold=True)
        page.add(b, bold=True)
        page.blank()
        page.paragraph(text)
    page.blank()
    page.add("冬日温泉", size=12.0)
    page.blank()
    page.add("冰火两重天", size=20.0, bold=True)
    page.blank()
    page.paragraph(P4)

    first, second = parse_lines(page.lines).articles
    assert [b.text for b in first.body if b.type == "subhead"] == ["出真招，见行动", "在状态，鼓干劲", "建机制，管长远"]
    assert (second.kicker, second.title) == ("冬日温泉", "冰火两重天")
    assert [b.text for b in second.body] == [P4]


def test_a_lone_name_under_the_last_sentence_is_the_byline():
    page = Page()
    page.blank()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.paragraph(P2)
    page.y += 20
    page.blank()
    page.add("陶怡欢", x0=LEFT)  # the reporter's name, at the article's foot
    page.blank()
    page.add("月球背面的科技壮举", size=20.0, bold=True)
    page.blank()
    page.paragraph(P4)

    first, second = parse_lines(page.lines).articles
    assert [b.text for b in first.body] == [P1, P2]
    assert first.byline == "陶怡欢"
    assert second.title == "月球背面的科技壮举"


def test_an_indented_line_without_final_punctuation_is_a_paragraph():
    lead = "以更大的政治勇气和智慧、更有力的措施和办法推进改革开放"  # no final punctuation, two lines
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("改革迎来新机遇", bold=True)
    page.blank()
    page.paragraph(lead)  # indented like every paragraph: not a heading's second line
    page.blank()
    page.paragraph(P2)
    (art,) = parse_lines(page.lines).articles
    assert [(b.type, b.text) for b in art.body] == [
        ("paragraph", P1),
        ("subhead", "改革迎来新机遇"),
        ("paragraph", lead),
        ("paragraph", P2),
    ]


def test_a_kicker_stays_with_the_title_below_it():
    kicker = "五四青年奖章获得者王萌萌回乡七年发展产业、带动脱贫"
    page = Page()
    page.add("让调研对象说出心里话", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.paragraph("（作者为本报云南分社记者）")
    page.blank()
    page.paragraph("栏目投稿邮箱：yxxz8494@163.com")
    page.blank()
    page.add(kicker, size=12.0)  # the next article's kicker, above its title
    page.blank()
    page.add("“多一个", size=20.0, bold=True)
    page.add("人回来就多一分希望”", size=20.0, bold=True)
    page.blank()
    page.paragraph(P4)

    first, second = parse_lines(page.lines).articles
    assert first.title == "让调研对象说出心里话" and first.byline == "（作者为本报云南分社记者）"
    assert [b.text for b in first.body] == [P1, "栏目投稿邮箱：yxxz8494@163.com"]
    assert (second.kicker, second.title) == (kicker, "“多一个人回来就多一分希望”")
    assert [b.text for b in second.body] == [P4]


def test_one_line_subheads_in_a_row_are_separate():
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    # three subheads set one under the other, nothing between them: a list of places
    page.add("中国人民抗日战争纪念馆", bold=True)
    page.add("北京市通州区图书馆", bold=True)
    page.add("天津梁启超纪念馆", bold=True)
    page.blank()
    page.paragraph(P2)
    page.blank()
    # a subhead broken where it fills the column, one broken at its comma, and a padded word (重 / 视)
    page.add("最多十个工作日完成审批并反馈", bold=True)  # 14 cells: the column's full width
    page.add("结果", bold=True)
    page.add("统帅发布动员训令，", bold=True)
    page.add("树立练兵备战鲜明导向", bold=True)
    page.add("重", bold=True)
    page.add("视", bold=True)
    page.blank()
    page.paragraph(P3)
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body if b.type == "subhead"] == [
        "中国人民抗日战争纪念馆",
        "北京市通州区图书馆",
        "天津梁启超纪念馆",
        "最多十个工作日完成审批并反馈结果",
        "统帅发布动员训令，树立练兵备战鲜明导向",
        "重视",
    ]
    assert [b.text for b in art.body if b.type == "paragraph"] == [P1, P2, P3]


def test_a_bold_line_under_a_paragraph_ending_on_a_colon_starts_a_subhead():
    said = "村民颜世龙座谈会上讲述："  # one line, as wide as a paragraph's indented first line
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.paragraph(said)
    page.blank()
    page.add("脱贫摘帽后又上防贫保", bold=True)
    page.blank()
    page.paragraph(P2)
    (art,) = parse_lines(page.lines).articles
    assert [(b.type, b.text) for b in art.body] == [
        ("paragraph", P1),
        ("paragraph", said),
        ("subhead", "脱贫摘帽后又上防贫保"),
        ("paragraph", P2),
    ]


def test_an_author_note_under_the_last_sentence_is_the_byline():
    note = "（作者为中国社会科学院学部委员）"
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.paragraph(P2)
    page.blank()
    page.add(note[:14])  # flush left under the column, after a gap
    page.add(note[14:])
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body] == [P1, P2]
    assert art.byline == note


def test_body_size_subheads_with_a_byline_under_the_title_open_the_body():
    # a compilation: each section has a bold subhead and its own byline; the first sits under the title
    page = Page()
    page.add("议民生·教育", size=20.0, bold=True)
    page.blank()
    page.add("北京史家教育集团校长王欢委员", bold=True)
    page.blank()
    page.add("本报记者 任飞帆")
    page.paragraph(P1)
    page.blank()
    page.add("重庆市谢家湾小学校长刘希娅代表", bold=True)
    page.blank()
    page.add("本报记者 刘新吾")
    page.paragraph(P2)
    (art,) = parse_lines(page.lines).articles
    assert (art.title, art.subtitle) == ("议民生·教育", None)
    assert [(b.type, b.text) for b in art.body] == [
        ("subhead", "北京史家教育集团校长王欢委员"),
        ("paragraph", "本报记者 任飞帆"),
        ("paragraph", P1),
        ("subhead", "重庆市谢家湾小学校长刘希娅代表"),
        ("paragraph", "本报记者 刘新吾"),
        ("paragraph", P2),
    ]


def test_an_indented_paragraph_that_reads_like_a_byline_is_a_paragraph():
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.paragraph("本报记者徐驭尧整理", width=10)  # 本报记者徐驭尧整 / 理: a paragraph broken at the column
    page.blank()
    page.add("旅游还要更火，实惠越来越多", bold=True)
    page.blank()
    page.paragraph(P2)
    (art,) = parse_lines(page.lines).articles
    assert [(b.type, b.text) for b in art.body] == [
        ("paragraph", P1),
        ("paragraph", "本报记者徐驭尧整理"),
        ("subhead", "旅游还要更火，实惠越来越多"),
        ("paragraph", P2),
    ]


def test_a_credit_at_body_size_is_the_article_s_not_the_page_s():
    page = Page()
    page.add("要闻 3", size=8.0)
    page.blank()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.paragraph(P2)
    page.blank()
    page.add("版式设计：蔡华伟", indent=2)  # the article's last line, at body size
    page.blank()
    page.add("本版责编：秦希 董军菊", size=8.0)  # the page's credits, set small
    page.add("版式设计：毛宜", size=8.0)
    parsed = parse_lines(page.lines)
    (art,) = parsed.articles
    assert [b.text for b in art.body] == [P1, P2, "版式设计：蔡华伟"]
    assert parsed.furniture == ["要闻 3", "本版责编：秦希 董军菊", "版式设计：毛宜"]


def test_a_last_subhead_and_a_name_close_their_article_before_the_next_headline():
    page = Page()
    page.add("建议", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("山东诸城市祝建波", bold=True)  # the letter's sender: the article's last subhead
    page.blank()
    page.add("方香")  # the editor's name, alone on the article's last line
    page.blank()
    page.add("观点", size=11.0, bold=True)
    page.blank()
    page.add("仿古小镇不宜一哄而上", size=20.0, bold=True)
    page.blank()
    page.paragraph(P2)
    first, second = parse_lines(page.lines).articles
    assert [(b.type, b.text) for b in first.body] == [("paragraph", P1), ("subhead", "山东诸城市祝建波")]
    assert (first.byline, first.authors) == ("方香", ["方香"])
    assert (second.column, second.kicker, second.title) == ("观点", None, "仿古小镇不宜一哄而上")
    assert [b.text for b in second.body] == [P2]


def test_a_body_size_subhead_above_a_banner_ends_the_article_above():
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("山东济南市马洪利", bold=True)  # the letter's sender: the article's last subhead
    page.blank()
    page.add("来信调查", size=11.0, bold=True)  # the next article's banner, kicker and title
    page.blank()
    page.add("嫦娥四号探测器在月球背面着陆", size=12.0)
    page.blank()
    page.add("月球背面的科技壮举", size=20.0, bold=True)
    page.blank()
    page.paragraph(P4)
    first, second = parse_lines(page.lines).articles
    assert [(b.type, b.text) for b in first.body] == [("paragraph", P1), ("subhead", "山东济南市马洪利")]
    assert (second.column, second.kicker, second.title) == (
        "来信调查",
        "嫦娥四号探测器在月球背面着陆",
        "月球背面的科技壮举",
    )
    assert [b.text for b in second.body] == [P4]


def test_an_indent_is_seen_next_to_short_lines():
    # lines as the PDF reader gives them (a generated page, 9-pt body, columns 13 cells wide): the
    # first paragraph's indented line has only short lines next to it (a marker, its own last line)
    def ln(text, x0, y0, x1, size=9.0, bold=False):
        return Line(text, 1, (x0, y0, x1, y0 + size * 1.05), size, bold)

    lines = [
        ln("新时代的人民法典", 36.0, 916.5, 196.0, 20.0, True),
        Line(""),
        ln("——《中华人民共和国民法典》诞生记", 36.0, 946.9, 240.0, 12.0),
        Line(""),
        ln("（上接第八版）", 36.0, 966.6, 99.0),
        Line(""),
        ln("共和国法治建设，迎来了历史", 54.0, 979.7, 171.0),
        ln("性的一刻——", 36.0, 992.7, 90.0),
        Line(""),
        ln("2020年5月28日下午，北京，", 54.0, 1005.6, 166.5),
        ln("人民大会堂。", 36.0, 1018.6, 90.0),
        Line(""),
        ln("十三届全国人大三次会议以", 54.0, 1031.6, 162.0),
        ln("2879票赞成、2票反对、5票弃权，", 36.0, 1044.6, 171.0),
        ln("高票表决通过《中华人民共和国民", 36.0, 1057.6, 171.0),
        ln("法典》，热烈的掌声，在万人大礼", 36.0, 1070.6, 171.0),
        ln("堂久久回荡。", 36.0, 1083.6, 90.0),
    ]
    (art,) = parse_lines(lines).articles
    assert (art.title, art.subtitle) == ("新时代的人民法典", "——《中华人民共和国民法典》诞生记")
    assert art.continued_from is not None and art.continued_from.page == 8
    assert [b.text for b in art.body] == [
        "共和国法治建设，迎来了历史性的一刻——",
        "2020年5月28日下午，北京，人民大会堂。",
        "十三届全国人大三次会议以2879票赞成、2票反对、5票弃权，高票表决通过《中华人民共和国民法典》，"
        "热烈的掌声，在万人大礼堂久久回荡。",
    ]


def _ln(text, x0, y0, x1, size=9.0, bold=False):
    return Line(text, 1, (x0, y0, x1, y0 + size * 1.05), size, bold)


def test_a_subtitle_stays_with_the_title_above_it():
    # lines as the PDF reader gives them (part of a generated page): a commentary whose words the next
    # headline shares, then kicker (12 pt), title (20 pt) and subtitle (12 pt) over a dateline
    ln = _ln
    lines = [
        ln("当好群众的贴心人和主心骨", 36.0, 623.6, 276.0, 20.0, True),
        Line(""),
        ln("在防控疫情这场严峻斗争中，广大党", 54.0, 654.1, 198.0),
        ln("员、干部冲在前、干在前，努力当好群众", 36.0, 667.1, 198.0),
        ln("的贴心人和主心骨，广泛动员群众、组织", 36.0, 680.2, 198.0),
        ln("群众、凝聚群众，紧紧依靠人民群众坚决", 36.0, 693.2, 198.0),
        ln("打赢疫情防控阻击战。", 36.0, 706.1, 126.0),
        Line(""),
        ln("识和能力，纾解焦虑情绪，消除恐慌心理。", 207.0, 654.1, 378.0),
        ln("要切实保障生活必需品正常供应，协调保", 207.0, 667.1, 369.0),
        ln("障重点地区粮油蛋奶蔬菜等供应，保持交", 207.0, 680.1, 369.0),
        ln("通运输通畅，保证煤电油气供应，全力做", 207.0, 693.1, 369.0),
        ln("好疫情防控、节后开工等方面能源保供工", 207.0, 706.1, 369.0),
        ln("作，多措并举稳定市场物价，依法严厉打", 207.0, 719.1, 369.0),
        ln("击囤积居奇、哄抬物价等行为。事实证明，", 207.0, 732.1, 378.0),
        ln("群众的关切在哪里，群众的需求在哪里，", 207.0, 745.1, 369.0),
        ln("党员、干部的工作就往哪里用力，才能把", 207.0, 758.2, 369.0),
        ln("党中央的决策部署落细落小落实，把工作", 207.0, 771.1, 369.0),
        ln("做到群众心坎上。", 207.0, 784.1, 279.0),
        Line(""),
        ln("习近平总书记指出：“党员是党的肌", 225.0, 796.8, 369.0),
        ln("体的细胞。党的先进性和纯洁性要靠千千", 207.0, 810.2, 369.0),
        ln("万万党员的先进性和纯洁性来体现，党的", 207.0, 823.2, 369.0),
        ln("执政使命要靠千千万万党员卓有成效的工", 207.0, 836.1, 369.0),
        ln("作来完成”。广大党员、干部在这场严峻", 207.0, 848.8, 369.0),
        ln("斗争中站得出来、豁得出来，充分发挥先", 207.0, 862.1, 369.0),
        ln("锋模范作用，当好群众的贴心人和主心骨，", 207.0, 875.2, 378.0),
        ln("我们就一定能夺取这场斗争的伟大胜利。", 207.0, 888.1, 369.0),
        Line(""),
        ln("李克强主持召开中央应对新型冠状病毒感", 387.0, 623.9, 603.0, 12.0),
        ln("染肺炎疫情工作领导小组会议", 387.0, 639.6, 543.0, 12.0),
        Line(""),
        ln("部署做好春节后", 387.0, 658.8, 527.0, 20.0, True),
        ln("错峰返程加强疫情防控等工作", 387.0, 684.8, 647.0, 20.0, True),
        Line(""),
        ln("王沪宁出席", 387.0, 715.2, 447.0, 12.0),
        Line(""),
        ln("新华社北京1月31日电 1月31日，中", 405.0, 734.9, 544.5),
        ln("共中央政治局常委、国务院总理、中央应", 387.0, 747.9, 549.0),
        ln("对新型冠状病毒感染肺炎疫情工作领导小", 387.0, 760.9, 549.0),
        ln("组组长李克强主持召开领导小组会议。", 387.0, 773.9, 540.0),
        Line(""),
        ln("中共中央政治局常委、中央应对新型", 405.0, 786.9, 549.0),
        ln("冠状病毒感染肺炎疫情工作领导小组副组", 387.0, 799.9, 549.0),
        ln("长王沪宁出席。", 387.0, 812.9, 450.0),
    ]
    first, second = parse_lines(lines).articles
    assert first.title == "当好群众的贴心人和主心骨" and first.subtitle is None
    assert (second.kicker, second.title, second.subtitle) == (
        "李克强主持召开中央应对新型冠状病毒感染肺炎疫情工作领导小组会议",
        "部署做好春节后错峰返程加强疫情防控等工作",
        "王沪宁出席",
    )
    assert second.body[0].text.startswith("新华社北京1月31日电")


def test_where_a_subhead_line_ends_is_measured_against_its_column():
    # 9-pt body in a column 15 cells wide (36–171 pt): a bold line a cell short of the edge ends its
    # subhead; one a cell short because the next line opens with a quote it may not end on does not
    def row(text, y, indent=0, bold=False):
        x0 = 36.0 + 9 * indent
        return _ln(text, x0, y, x0 + 9 * len(text), bold=bold)

    para = ["人民群众的获得感幸福感安全", "感更加充实更有保障更可持续，发", "展成果更多更公平惠及全体人民。"]
    lines, y = [], 100.0
    for block in (
        [("北京史家教育集团校长王欢委员", 0, True), ("推进学校家庭教育一体化", 0, True)],
        [(para[0], 2, False), (para[1], 0, False), (para[2], 0, False)],
        [("党员干部带头，短时间啃下技术", 0, True), ("“硬骨头”", 0, True)],
        [(para[0], 2, False), (para[1], 0, False), (para[2], 0, False)],
    ):
        lines.append(Line(""))
        for text, indent, bold in block:
            lines.append(row(text, y, indent, bold))
            y += 13.0
    lines = [row("议民生·教育", 60.0)] + lines
    lines[0] = _ln("议民生·教育", 36.0, 60.0, 156.0, 20.0, True)
    (art,) = parse_lines(lines).articles
    assert [b.text for b in art.body if b.type == "subhead"] == [
        "北京史家教育集团校长王欢委员",
        "推进学校家庭教育一体化",
        "党员干部带头，短时间啃下技术“硬骨头”",
    ]


def test_a_line_starting_with_a_reporter_goes_on_an_unfinished_sentence():
    text = "先进农业技术、支柱产业品牌、规模化经营管理……今春，记者来到海南、湖北等地农业生产一线，感受农业新发展。"
    page = Page()
    page.add("春来耕种忙 乡村产业旺", size=20.0, bold=True)
    page.blank()
    page.add(text[:12], indent=2)
    page.add(text[12:26])
    page.add(text[26:40])  # 记者来到海南、湖北等地农业生: reads like a byline, but the sentence goes on
    page.add(text[40:])
    page.blank()
    page.paragraph(P1)
    (art,) = parse_lines(page.lines).articles
    assert text[26:28] == "记者"
    assert [b.text for b in art.body] == [text, P1]


def test_a_body_size_subhead_under_a_continuation_marker_is_a_subhead():
    page = Page()
    page.add("打好发展组合拳 走出振兴新路子", size=20.0, bold=True)
    page.blank()
    page.add("——黑龙江落实全国两会重要讲话精神纪实", size=12.0)
    page.blank()
    page.add("（上接第一版）")
    page.blank()
    page.add("44.42万", bold=True)  # the first section's subhead: a figure
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.paragraph(P2)
    (art,) = parse_lines(page.lines).articles
    assert (art.title, art.subtitle) == ("打好发展组合拳 走出振兴新路子", "——黑龙江落实全国两会重要讲话精神纪实")
    assert art.continued_from is not None and art.continued_from.page == 1
    assert [(b.type, b.text) for b in art.body] == [("subhead", "44.42万"), ("paragraph", P1), ("paragraph", P2)]


def test_subheads_in_a_row_keep_open_quotes_and_signatures_whole():
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("——编", bold=True)  # 编者 padded (编 者) and broken at its space, then a subhead
    page.add("者", bold=True)
    page.add("甘肃民勤以水定林", bold=True)
    page.blank()
    page.paragraph(P2)
    page.blank()
    # a bold line flush with the column is a heading line, even one that opens a quotation (a paragraph
    # would be indented), and a quotation still open goes on into the next line
    page.add("“中国为国际社会争取了", bold=True)
    page.add("宝贵窗口期”", bold=True)
    page.blank()
    page.paragraph(P3)
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body if b.type == "subhead"] == [
        "——编者",
        "甘肃民勤以水定林",
        "“中国为国际社会争取了宝贵窗口期”",
    ]


def test_a_subhead_broken_at_its_space_reads_like_its_one_line_siblings():
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("跨越边界 探索融合", bold=True)  # the article's subheads: two phrases, a space between them
    page.blank()
    page.paragraph(P2)
    page.blank()
    page.add("创新表达", bold=True)  # … and one of them broken at its space
    page.add("追求多元", bold=True)
    page.blank()
    page.paragraph(P3)
    page.blank()
    page.add("夜间经济", bold=True)  # a label over a subhead that no sibling has the shape of stays apart
    page.add("县城消费新亮点在哪里", bold=True)
    page.blank()
    page.paragraph(P4)
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body if b.type == "subhead"] == [
        "跨越边界 探索融合",
        "创新表达追求多元",
        "夜间经济",
        "县城消费新亮点在哪里",
    ]
    assert [b.text for b in art.body if b.type == "paragraph"] == [P1, P2, P3, P4]


def test_an_ordinal_line_numbers_the_heading_below_it():
    page = Page()
    page.add("检举控告工作规则", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("第一章", bold=True)  # 第一章 总则 broken at its space
    page.add("总则", bold=True)
    page.blank()
    page.paragraph(P2)
    page.blank()
    # a table of contents: each line that opens with an ordinal is a heading of its own, even under a
    # line that reaches the column's edge
    page.add("第二章 检举控告的接收和受理", bold=True)  # 14 cells: the column's full width
    page.add("第一节", bold=True)
    page.add("指导思想", bold=True)
    page.blank()
    page.paragraph(P3)
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body if b.type == "subhead"] == [
        "第一章总则",
        "第二章 检举控告的接收和受理",
        "第一节指导思想",
    ]


def test_a_name_under_its_place_or_office_is_one_signature():
    page = Page()
    page.add("读者来信", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("让基层干部轻装上阵", bold=True)  # a letter's title, then its writer: place / name
    page.add("江苏扬州", bold=True)
    page.add("曹华云", bold=True)
    page.blank()
    page.paragraph(P2)
    page.blank()
    page.add("全国人大常委会法工委主任", bold=True)  # an office over a name
    page.add("沈春耀", bold=True)
    page.blank()
    page.paragraph(P3)
    page.blank()
    page.add("守好校园责任田", bold=True)  # a section's title over its writer's name: two lines
    page.add("王明钦", bold=True)
    page.blank()
    page.paragraph(P4)
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body if b.type == "subhead"] == [
        "让基层干部轻装上阵",
        "江苏扬州曹华云",
        "全国人大常委会法工委主任沈春耀",
        "守好校园责任田",
        "王明钦",
    ]


def test_an_author_note_inside_the_body_stays_a_paragraph():
    # a compilation: each section closes with its author's note; only the last note closes the article
    first, last = "（作者为中国高等教育学会原会长）", "（作者为中国教育科学研究院研究员）"
    page = Page()
    page.add("共享优质教育，我们在路上", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.paragraph(first)
    page.blank()
    page.add("避免技术异化教育", bold=True)
    page.blank()
    page.paragraph(P2)
    page.blank()
    page.add(last[:14])  # the last note flush under the column: a heading line, by its look
    page.add(last[14:])
    (art,) = parse_lines(page.lines).articles
    assert [(b.type, b.text) for b in art.body] == [
        ("paragraph", P1),
        ("paragraph", first),
        ("subhead", "避免技术异化教育"),
        ("paragraph", P2),
    ]
    assert art.byline == last


def test_a_full_line_that_reads_like_a_byline_after_a_sentence_runs_on():
    # (a generated page) ``记者回访…时深`` opens a sentence after ``…党组织建设。``: it fills the column and
    # the next line carries on under it, so it is text, not a byline opening an article
    ln = _ln
    lines = [
        ln("锻造强军兴军的“战斗堡垒”", 36.0, 86.42, 296.0, 20.0, True),
        Line(""),
        ln("本报记者 秦佳馥 通讯员 廖纯丽", 36.0, 117.82, 173.77, 10.0),
        Line(""),
        ln("“党的力量来自组织，组织强则军", 54.0, 273.46, 189.0),
        ln("队强。”2018年8月，习主席在中央军", 36.0, 286.46, 184.47),
        ln("委党的建设会议上再次强调党组织建设。", 36.0, 299.84, 198.0),
        ln("记者回访习主席视察过的基层连队时深", 36.0, 312.84, 189.0),
        ln("切感到，基层党组织的创造力、凝聚力、", 36.0, 325.84, 198.0),
        ln("战斗力明显增强。", 36.0, 338.84, 108.0),
    ]
    (art,) = parse_lines(lines).articles
    assert art.title == "锻造强军兴军的“战斗堡垒”"
    assert [b.text for b in art.body] == [
        "“党的力量来自组织，组织强则军队强。”2018年8月，习主席在中央军委党的建设会议上再次强调党组织建设。"
        "记者回访习主席视察过的基层连队时深切感到，基层党组织的创造力、凝聚力、战斗力明显增强。"
    ]


def test_a_list_of_indented_one_line_paragraphs_is_measured_against_its_column():
    # (a generated page) seven indented one-line paragraphs in a row: the lines next to each start where
    # it does; the column's edge is that of the lines further up
    ln = _ln
    items = ["（一）稳步提升粮食生产能力", "（二）保护和调动粮食种植积极性", "（三）创新完善粮食市场体系"]
    items += ["（四）健全完善国家宏观调控", "（五）大力发展粮食产业经济", "（六）全面建立粮食科技创新体系"]
    lines = [
        ln("中国的粮食安全", 36.0, 60.0, 176.0, 20.0, True),
        Line(""),
        ln("食为政首，粮安天下。中国是人口", 54.0, 211.11, 189.0),
        ln("大国，解决好吃饭问题始终是治国理政的", 36.0, 224.14, 198.0),
        ln("头等大事。", 36.0, 237.11, 81.0),
        Line(""),
        ln("二、中国特色粮食安全之路", 36.0, 250.11, 144.0, bold=True),
        Line(""),
        *[ln(t, 54.0, 263.11 + 13 * k, 54.0 + 9 * len(t)) for k, t in enumerate(items)],
    ]
    (art,) = parse_lines(lines).articles
    assert [b.text for b in art.body][-len(items) :] == items


def test_a_closing_dateline_alone_at_the_top_of_the_next_column_is_its_own_paragraph():
    # (a generated page) the article's last paragraph ends at the foot of its second column; its closing
    # ``（本报新德里10月13日电）`` is the one line of the third column, indented: the column beside it ends
    # at 315, a gutter (9 pt) puts this column's edge at 324, the line starts two cells further in
    ln = _ln
    text = "印度总理莫迪表示，两国领导人同意建立新的交流机制，推动两国关系在新时代迈上新台阶，"
    text += "为地区和世界的和平稳定作出贡献。双方还同意加强在贸易投资文化旅游等领域的务实合作，"
    text += "扩大人员往来，增进两国人民之间的相互了解和传统友谊。"
    pieces = [text[:13]] + [text[13 + 15 * k : 28 + 15 * k] for k in range((len(text) - 13 + 14) // 15)]
    y = 1592.34
    lines = [ln("中印领导人会晤成果丰硕", 36.0, 1560.0, 256.0, 20.0, True), Line("")]
    for k, piece in enumerate(pieces):
        x0 = (54.0 if k == 0 else 36.0) if k < 4 else 180.0
        lines.append(ln(piece, x0, y + 13 * (k % 4), x0 + 9 * len(piece)))
    lines += [Line(""), ln("（本报新德里10月13日电）", 342.0, y, 449.97)]
    (art,) = parse_lines(lines).articles
    assert [b.text for b in art.body] == [text, "（本报新德里10月13日电）"]


def test_bracketed_labels_and_a_closing_attribution_stay_in_their_article():
    # a commentary set as 人民日报's 暖闻热评: 【人物】, 【故事】, 【点评】 and 【网言网语】 label its parts; a
    # bracketed label inside the body (点评 is also a label that opens a body) is a subhead of the article
    # it is in, and the bold ——@name under the last quotation, at the page's foot, is its last subhead
    page = Page()
    page.add("暖闻热评", size=11.0, bold=True)
    page.blank()
    page.add("关键时刻冲得上去", size=20.0, bold=True)
    page.blank()
    page.add("□本报记者 钱蓓", size=10.5)
    page.blank()
    page.add("【人物】一位医生", bold=True)
    page.blank()
    page.paragraph("【故事】" + P1)
    page.blank()
    page.add("【点评】", bold=True)
    page.blank()
    page.paragraph(P2)
    page.blank()
    page.paragraph(P3)
    page.blank()
    page.add("【网言网语】", bold=True)
    page.blank()
    page.paragraph("医护工作人员们辛苦了，我们都是你们的后援团。")
    page.blank()
    page.add("——@北国之春", bold=True)

    (art,) = parse_lines(page.lines).articles
    assert (art.column, art.title) == ("暖闻热评", "关键时刻冲得上去")
    assert [(b.type, b.text) for b in art.body] == [
        ("subhead", "【人物】一位医生"),
        ("paragraph", "【故事】" + P1),
        ("subhead", "【点评】"),
        ("paragraph", P2),
        ("paragraph", P3),
        ("subhead", "【网言网语】"),
        ("paragraph", "医护工作人员们辛苦了，我们都是你们的后援团。"),
        ("subhead", "——@北国之春"),
    ]


def test_a_photo_credit_broken_at_the_space_between_two_names_is_one_line():
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("庞革平", bold=True)  # (a surname outside the commonest hundred)
    page.add("谭凯兴摄影报道", bold=True)
    page.blank()
    page.paragraph(P2)
    (art,) = parse_lines(page.lines).articles
    assert [(b.type, b.text) for b in art.body] == [
        ("paragraph", P1),
        ("subhead", "庞革平谭凯兴摄影报道"),
        ("paragraph", P2),
    ]


def test_an_indented_unfinished_item_before_a_dateline_is_a_paragraph():
    # a list of bulleted paragraphs under a title, the last one without final punctuation, right above the
    # dateline of the article's text: indented like the other items, it is no headline
    items = ["●城市低保标准同比增长7.2%", "●4500多万低保对象基本生活得到更好保障", "●养老院所涉安全质量隐患解决90%以上"]
    page = Page()
    page.add("全国低保标准稳步提高", size=20.0, bold=True)
    page.blank()
    for t in items:
        page.paragraph(t)
        page.blank()
    page.paragraph("本报北京2月21日电 （记者潘跃）记者从民政部获悉，" + P1)
    (art,) = parse_lines(page.lines).articles
    assert art.title == "全国低保标准稳步提高"
    assert [(b.type, b.text) for b in art.body][:3] == [("paragraph", t) for t in items]


def test_a_byline_wrapped_at_the_column_edge_is_one_byline():
    # a 10.5-pt byline too long for its column goes on under it: at a word space (a name of its own) or
    # inside a word (通讯 / 员)
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.add("□本报记者 周丽 邓彩馥 通讯", size=10.5)
    page.add("员 江菲彩", size=10.5)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("月球背面的科技壮举", size=20.0, bold=True)
    page.blank()
    page.add("□本报记者 曹锦 邓彩馥", size=10.5)
    page.add("江菲彩", size=10.5)
    page.blank()
    page.paragraph(P4)
    first, second = parse_lines(page.lines).articles
    assert (first.byline, first.authors) == ("□本报记者 周丽 邓彩馥 通讯员 江菲彩", ["周丽", "邓彩馥", "江菲彩"])
    assert (second.byline, second.authors) == ("□本报记者 曹锦 邓彩馥 江菲彩", ["曹锦", "邓彩馥", "江菲彩"])
    assert [b.text for b in first.body] == [P1] and [b.text for b in second.body] == [P4]


def test_a_label_set_larger_than_the_body_is_the_next_article_s_column_name():
    # 链接 names a body part when set at the body size (as 核心阅读 does); set larger, over a kicker and a
    # title, it is the column name of the article below
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("链接", size=12.0, bold=True)
    page.blank()
    page.add("院校紧贴市场、紧贴产业", size=13.0)
    page.blank()
    page.add("专业设置应需而变", size=20.0, bold=True)
    page.blank()
    page.paragraph(P4)
    first, second = parse_lines(page.lines).articles
    assert [b.text for b in first.body] == [P1]
    assert (second.column, second.kicker, second.title) == ("链接", "院校紧贴市场、紧贴产业", "专业设置应需而变")


def test_a_signature_its_date_and_a_numbered_subhead_broken_at_its_space():
    page = Page()
    page.add("中华人民共和国主席令", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("中华人民共和国主席", bold=True)  # an office over a name (习 is no common surname)
    page.add("习近平", bold=True)
    page.add("2019年12月28日", bold=True)  # the date: a line of its own
    page.blank()
    page.paragraph(P2)
    page.blank()
    page.add("二、2020年：同心奔小康", bold=True)  # a numbered subhead broken at its space
    page.add("奋进新时代", bold=True)
    page.blank()
    page.paragraph(P3)
    page.blank()
    page.add("何鼎鼎", bold=True)  # writers above their offices: a name goes with the office below it
    page.add("本报评论员", bold=True)
    page.add("饶思锐", bold=True)
    page.add("海南日报评论员", bold=True)
    page.blank()
    page.paragraph(P4)
    (art,) = parse_lines(page.lines).articles
    subheads = [b.text for b in art.body if b.type == "subhead"]
    assert subheads[:3] == ["中华人民共和国主席习近平", "2019年12月28日", "二、2020年：同心奔小康奋进新时代"]
    assert "本报评论员饶思锐" not in "".join(subheads)


def test_a_headline_line_that_reads_like_names_stays_in_the_headline():
    # a title set in a narrow column over five lines: 敦煌 向你 reads like two names, but a bold line at
    # the headline size is no names line
    page = Page()
    for t in ("网络动画", "《云游敦", "煌》 千年", "敦煌 向你", "走来"):
        page.add(t, size=20.0, bold=True)
    page.blank()
    page.add("□本报记者 潘纨欢 赵晶", size=10.5)
    page.blank()
    page.paragraph(P1)
    (art,) = parse_lines(page.lines).articles
    assert art.title.replace(" ", "") == "网络动画《云游敦煌》千年敦煌向你走来"
    assert art.authors == ["潘纨欢", "赵晶"]


def test_a_line_going_on_an_open_sentence_is_text_though_it_reads_like_furniture():
    # ``电话：…`` opens a page's contact line; right under an unfinished line of a paragraph, in its
    # size and column, it is that paragraph's next line
    text = "年夜的饭菜刚上齐，副主任医师汪伟接到电话：“今晚8点半到医院集合，出发去武汉。”"
    page = Page()
    page.add("风雨无阻向前进", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add(text[:12], indent=2)
    k = text.index("电话")
    page.add(text[12:k])  # …汪伟接到 stops short: the line under it carries the sentence on
    page.add(text[k : k + 14])
    page.add(text[k + 14 :])
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body] == [P1, text]


def test_a_credit_with_a_padded_name_is_a_line_of_its_own():
    # 制图：郭 祥 — a two-character name set in three cells — closes its article's text; the name under
    # it is the next piece's, not part of the credit
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("制图：郭 祥", indent=2)
    page.blank()
    page.add("沈枝琰")
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body] == [P1, "制图：郭 祥"]


def test_two_names_broken_at_their_space_are_one_subhead():
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("王汉超", bold=True)
    page.add("徐 驰", bold=True)  # (a two-character name padded to three cells)
    page.blank()
    page.paragraph(P2)
    (art,) = parse_lines(page.lines).articles
    assert [(b.type, b.text.replace(" ", "")) for b in art.body] == [
        ("paragraph", P1),
        ("subhead", "王汉超徐驰"),
        ("paragraph", P2),
    ]


def test_an_indent_is_seen_over_a_last_line_of_three_characters():
    # (a generated page) a paragraph ends at the top of a column in ``使用。``; the source note under it and
    # the credit under that are indented, but only the short line shows the column's edge
    ln = _ln
    text = "研究人员说，这种自生长材料有望用于制造柔性的护具，供骨骼损伤患者使用。"
    lines = [
        ln("研究人员开发新型自生长材料", 360.0, 1178.01, 477.0, bold=True),
        Line(""),
        ln(text[:15], 378.0, 1191.0, 513.0),
        ln(text[15:32], 360.0, 1204.0, 513.0),
        Line(""),
        ln(text[32:], 522.0, 1178.07, 549.0),
        Line(""),
        ln("（据新华社华盛顿电 记者周舟）", 540.0, 1190.97, 668.33),
        ln("制图：张丹峰", 540.0, 1204.1, 594.0),
    ]
    (art,) = parse_lines(lines).articles
    assert [b.text for b in art.body] == [text, "（据新华社华盛顿电 记者周舟）", "制图：张丹峰"]


def test_a_name_set_apart_under_a_credit_is_not_part_of_it():
    # 本版摄影：史家民 版式设计：蔡华伟 and, a line's gap below, 莫涛 (the next piece's writer)
    ln = _ln
    lines = [
        ln("直击融媒爆款", 36.0, 57.12, 156.0, 20.0, True),
        Line(""),
        ln("本版摄影：史家民 版式设计：", 54.0, 87.54, 173.33),
        ln("蔡华伟", 36.0, 100.57, 63.0),
        Line(""),
        ln("莫涛", 36.0, 119.6, 54.0),
    ]
    page = parse_lines(lines)
    texts = [b.text for a in page.articles for b in a.body]
    assert "本版摄影：史家民 版式设计：蔡华伟" in texts


def test_a_headline_under_an_article_s_names_line_opens_the_next_article():
    # (a generated page) an article ends on a bold source note and its names line; the 20-pt ``建议``
    # under them, over a byline and a body-size first subhead, is the next article's title: a reader of
    # a PDF puts every headline before the body it heads, none after the body above
    ln = _ln
    lines = [
        ln("来信综述·面对疫情，我们怎么做①", 38.85, 69.44, 206.8, 11.0, True),
        Line(""),
        ln("防控疫情，从自我保护做起", 36.0, 87.28, 276.0, 20.0, True),
        Line(""),
        ln("新型冠状病毒感染的肺炎疫情发生以来，", 54.0, 117.81, 216.0),
        ln("在党中央的坚强领导下，各地各部门紧急行动、", 36.0, 130.81, 225.0),
        ln("全力以赴，广大医务人员忘我工作、英勇奋战。", 36.0, 143.84, 225.0),
        Line(""),
        ln("资料来源：国家卫健委、", 684.0, 838.84, 783.0, 9.0, True),
        ln("中国疾控中心等", 684.0, 851.84, 747.0, 9.0, True),
        Line(""),
        ln("魏贞纯", 36.0, 909.84, 63.0),
        Line(""),
        ln("建议", 36.0, 940.02, 76.0, 20.0, True),
        Line(""),
        ln("□本报记者 毛婵卿", 36.0, 970.42, 114.6, 10.0, False),
        Line(""),
        ln("消毒用品要妥善存放", 36.0, 983.47, 117.0, 9.0, True),
        Line(""),
        ln("近日，本地一个3岁多的孩子误食洗手用", 54.0, 996.41, 211.49),
        ln("的消毒剂，幸亏送医及时，孩子并无大碍。经", 36.0, 1009.44, 216.0),
        ln("过调查，原来家长把消毒液倒在了一只水杯中，", 36.0, 1022.44, 225.0),
        ln("放在客厅茶几待用，大人离开后，却被小孩误", 36.0, 1035.41, 216.0),
        ln("食。", 36.0, 1048.44, 54.0),
    ]
    first, second = parse_lines(lines).articles
    assert (first.title, first.byline) == ("防控疫情，从自我保护做起", "魏贞纯")
    assert (second.title, second.byline) == ("建议", "□本报记者 毛婵卿")
    assert second.body[0].text == "消毒用品要妥善存放"


def test_a_place_over_two_writers_names_is_one_signature():
    page = Page()
    page.add("身边事", size=20.0, bold=True)
    page.blank()
    page.paragraph(P3)
    page.blank()
    page.add("山西壶关县", bold=True)
    page.add("秦风明 秦 宁", bold=True)  # (秦 宁: a two-character name padded to three cells)
    page.blank()
    page.paragraph(P4)
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body if b.type == "subhead"] == ["山西壶关县秦风明 秦 宁"]


def test_a_title_line_opening_with_a_dash_in_the_title_s_size_is_the_title_s():
    # the title's own dash lands at a line start; the ——subtitle is set smaller, after a break
    ln = _ln
    lines = [
        ln(
            "做实做实再做实 更富更美更多彩（在习近平新时代中国特色社会主义思想指引下", 36.0, 2497.68, 741.18, 20.0, True
        ),
        ln("——新时代新作为新篇章）", 36.0, 2523.68, 276.0, 20.0, True),
        Line(""),
        ln("——贵州落实习近平总书记全国两会重要讲话精神纪实", 36.0, 2554.09, 324.0, 12.0),
        Line(""),
        ln("贵州县城以上城市空气质量优良", 54.0, 2586.84, 180.0),
        ln("天数比率保持97%以上，主要河流出", 36.0, 2599.87, 175.48),
        ln("境断面水质优良率保持100%。", 36.0, 2612.84, 162.0),
        Line(""),
        ln("贵州全省大数据企业达9500多家，", 54.0, 2625.84, 188.97),
        ln("实体经济企业与大数据深度融合发展，", 36.0, 2638.81, 189.0),
        ln("数字经济及其吸纳就业增速连续3年", 36.0, 2651.77, 175.49),
        ln("居全国前列。", 36.0, 2664.81, 90.0),
    ]
    (art,) = parse_lines(lines).articles
    assert (
        art.title.replace(" ", "")
        == "做实做实再做实更富更美更多彩（在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章）"
    )
    assert art.subtitle == "——贵州落实习近平总书记全国两会重要讲话精神纪实"


def test_a_padded_name_broken_at_its_space_opens_its_signature():
    # 许 江（中国美术学院院长） broken at the space inside the padded name: 许 starts the signature line,
    # it does not end the subhead above it
    page = Page()
    page.add("新时代的文艺创作", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("人民是艺术创作的主体", bold=True)
    page.add("许", bold=True)
    page.add("江（中国美术学院院长）", bold=True)
    page.blank()
    page.paragraph(P2)
    (art,) = parse_lines(page.lines).articles
    assert [b.text for b in art.body if b.type == "subhead"] == ["人民是艺术创作的主体", "许江（中国美术学院院长）"]


def test_a_header_measured_at_the_body_size_stays_furniture():
    # OCR measures a header's small type at the body size (sizes within a fifth of it are snapped to it):
    # 副刊 14 / 2020年2月24日 星期一 read as a line going on from the one above, in its size and column, and the
    # date became the first article's column; a line under furniture does not carry a sentence on
    page = Page()
    page.add("副刊 14")
    page.add("2020年2月24日星期一")
    page.blank()
    page.add("一线故事", size=12.0, bold=True)
    page.blank()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    result = parse_lines(page.lines)
    (art,) = result.articles
    assert result.furniture == ["副刊 14", "2020年2月24日星期一"]
    assert art.column == "一线故事" and art.title == "乡村夜市点亮县域消费"


def test_a_deputy_under_the_office_they_hold_ends_the_subhead_however_full_the_line():
    # 北京史家教育集团校长王欢委员 / 推进学校家庭教育一体化: the speaker, named under the office held, is a subhead
    # of its own over what they said, though the line fills the column
    page = Page()
    page.add("乡村夜市点亮县域消费", size=20.0, bold=True)
    page.blank()
    page.paragraph(P1)
    page.blank()
    page.add("北京史家教育集团校长王欢委员", bold=True)  # (14 characters: the column's width)
    page.add("推进学校家庭教育一体化", bold=True)
    page.blank()
    page.paragraph(P2)
    (art,) = parse_lines(page.lines).articles
    assert [(b.type, b.text) for b in art.body] == [
        ("paragraph", P1),
        ("subhead", "北京史家教育集团校长王欢委员"),
        ("subhead", "推进学校家庭教育一体化"),
        ("paragraph", P2),
    ]
