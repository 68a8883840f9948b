"""Reflow and role cues on small hand-made pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import banmian
from banmian.reconstruct import patterns as P
from banmian.reconstruct.textutil import ends_sentence, join_lines, text_width


def paragraphs(text: str) -> list[str]:
    return [b.text for a in banmian.parse_text(text).articles for b in a.body]


def test_widths_count_cjk_as_one_cell_and_ascii_as_half():
    assert text_width("重庆日报") == 4
    assert text_width("CDMO2022") == 4
    assert text_width("贷款11亿元。") == 6


def test_reflow_line_widths_are_text_width():
    # reflow's line features write ``text_width`` out (for speed): the two must agree, ASCII flag included
    from banmian.model import Line
    from banmian.reconstruct.reflow import _features

    texts = ["重庆日报", "CDMO2022", "贷款11亿元。", "a b\tc", " 12 月 15 日", "Ｘ全角ｙ", "  —— 访谈", "x3"]
    pl, _ = _features([Line(t) for t in texts])
    assert [p.width for p in pl] == [text_width(t.strip()) for t in texts]
    assert all(type(p.width) is float for p in pl)
    assert [p.ascii for p in pl] == [False, True, True, True, True, False, False, True]


def test_join_lines_rules():
    assert join_lines(["临床CRO、CD-", "MO以及MAH"]) == "临床CRO、CDMO以及MAH"
    assert join_lines(["the quick", "brown fox"]) == "the quick brown fox"
    assert join_lines(["COVID-", "19疫情"]) == "COVID-19疫情"  # a hyphen before a digit is kept
    assert join_lines(["12月 15日，企业 36家，总数达 228", "家"]) == "12月15日，企业36家，总数达228家"
    assert join_lines(["记者 周雨 报道：", "5G\u3000基站"]) == "记者 周雨 报道：5G基站"  # spaces between CJK stay


def test_patterns_written_to_open_on_a_space_match_as_their_plain_forms():
    # ``_SPACE_DIGIT``, ``_SPACE_BY_DIGIT`` and ``_PHRASES`` are written to open on a space (a faster search): every
    # short string over the characters that matter must give what the plain forms in their comments give
    import itertools
    import re

    from banmian.reconstruct import assemble, reflow, textutil

    plain_sub = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%])[ \u3000]+(?=[^\x00-\x7f])")
    plain_by = re.compile(r"[ \u3000][0-9A-Za-z%]|[0-9A-Za-z%][ \u3000]")
    plain_phrases = re.compile(r"[\u3400-\u9fff”》] +[\u3400-\u9fff“《]")
    for n in range(1, 6):
        for chars in itertools.product(" \u3000a1%中，.”《\x7f\x80", repeat=n):
            s = "".join(chars)
            assert textutil._SPACE_DIGIT.sub("", s) == plain_sub.sub("", s), repr(s)
            assert bool(textutil._SPACE_BY_DIGIT.search(s)) == bool(plain_by.search(s)), repr(s)
            for rx in (reflow._PHRASES, assemble._PHRASES):
                assert bool(rx.search(s)) == bool(plain_phrases.search(s)), repr(s)


def _first_chars(rx) -> set[str] | None:
    """The characters a match of ``rx`` can open on (None: any), read off its parsed form."""
    try:
        from re import _constants as C
        from re import _parser as parser
    except ImportError:  # (Python 3.10)
        import sre_constants as C
        import sre_parse as parser

    def seq(items):
        out: set[str] = set()
        for op, av in items:
            chars, empty = one(op, av)
            if chars is None:
                return None, False
            out |= chars
            if not empty:
                return out, False
        return out, True

    def one(op, av):
        if op is C.AT:
            return set(), True
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN and all(o in (C.LITERAL, C.RANGE) for o, _ in av):
            return {chr(c) for o, a in av for c in ([a] if o is C.LITERAL else range(a[0], a[1] + 1))}, False
        if op is C.SUBPATTERN:
            return seq(av[3].data)
        if op is C.BRANCH:
            parts = [seq(b.data) for b in av[1]]
            if any(chars is None for chars, _ in parts):
                return None, False
            return set().union(*[chars for chars, _ in parts]), any(empty for _, empty in parts)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            chars, empty = seq(av[2].data)
            return chars, empty or av[0] == 0
        return None, False

    chars, _ = seq(parser.parse(rx.pattern, rx.flags).data)
    return chars


def test_first_character_shortcuts_hold_every_first_character_of_their_patterns():
    from banmian.reconstruct import reflow

    dateline = _first_chars(P.DATELINE) | {"据"}  # (``opens_with_dateline``: also 据 + a dateline)
    assert dateline <= set("本新中据")  # ``opens_dateline``'s first test
    assert _first_chars(reflow._OPENS_OWN) | dateline <= reflow._OWN_FIRST
    assert _first_chars(P.BYLINE_MARK) | dateline <= reflow._OPENING_FIRST
    assert _first_chars(P.CREDIT_LABEL) <= P.CREDIT_LABEL_FIRST
    assert _first_chars(P.SOURCE_NOTE) <= P.SOURCE_NOTE_FIRST
    assert _first_chars(P.CONTINUES_TO) | _first_chars(P.CONTINUED_FROM) <= set("（(")  # (``continuation``)
    assert _first_chars(P.CLOSING) <= set("（(")  # (``assemble._closed``)


def test_a_runs_bigrams_are_the_asked_pairs_of_its_text():
    # ``Run.bg`` builds its set from the edge windows when they cover the text: the set must be the one the
    # whole text gives (its first and last 800 characters when long), also when the windows meet only on
    # digits and Latin (then the pair across them is in neither window)
    from banmian.model import Line
    from banmian.reconstruct.assemble import EDGE_CHARS, Run, _cjk_only, _pairs
    from banmian.reconstruct.reflow import PLine, Unit

    cjk = "团结奋斗新时代扬帆起航再出发" * 200
    for n in (150, EDGE_CHARS, 550, 2 * EDGE_CHARS - 1, 2 * EDGE_CHARS, 1200, 2000):
        for latin in (0, 2 * EDGE_CHARS - n + 10):  # (none, or across the middle of the text)
            head = (n - latin) // 2
            text = cjk[:head] + ("2020 COVID " * 100)[:latin] + cjk[7 : 7 + n - latin - head]
            units = [Unit("paragraph", [PLine(t, float(len(t)), False, Line(t))]) for t in (text[:90], text[90:])]
            whole = [text] if len(text) <= 1600 else [text[:800], text[-800:]]
            asked = frozenset(_pairs(_cjk_only(text[::3]))) | frozenset(_pairs(_cjk_only(text[-60:])))
            want = frozenset().union(*[asked.intersection(_pairs(_cjk_only(t))) for t in whole])
            run = Run(units, asked=asked)
            assert run.bg() == want, (n, latin)
            ends = Run(units)  # (edges first, then the set)
            ends.asked = asked
            ends.edge_bigrams(True), ends.edge_bigrams(False)
            assert ends.bg() == want, (n, latin)


def test_a_forest_adds_its_trees_one_by_one_in_order():
    # the compiled forest is ``base + t1 + t2 + …`` left to right: another order can change the last bit of the
    # log-odds, and so a decision (here 1e16 + 1 + 1 is 1e16, and 1e16 + 2 is not)
    from banmian.reconstruct.forest import compile_forest

    f = compile_forest("f", 1e16, ["1.0", "(1.0 if x[0] <= 0.5 else 3.0)"], 1)
    assert f([0]) == (1e16 + 1.0) + 1.0 == 1e16
    assert f([True]) == (1e16 + 1.0) + 3.0


def test_sentence_ends():
    assert ends_sentence("用得好是真本事。")
    assert ends_sentence("他说：“好。”")
    assert not ends_sentence("正能量是总要求，管得住是硬道理，")
    assert not ends_sentence("坚决做到")
    # the fast path (the last character alone) and the slow one (closers, trailing space) agree
    assert ends_sentence("这是为什么？") and ends_sentence("真是……")
    assert ends_sentence("“好！”） ") and ends_sentence("好。\u3000")
    assert not ends_sentence("（本报北京1月31日电）") and not ends_sentence("”")
    assert not ends_sentence("") and not ends_sentence("  ")


COLUMN = [
    "近年来，涪陵区委网信办坚持埋",  # a first line: two cells short (the indent the extractor dropped)
    "头苦干、奋勇前进，不断提升对互联",
    "网规律的把握能力、舆论的引导能力",
    "和网络安全的保障能力，坚定不移为",
    "加快建设先进制造业高地贡献力量。",  # full, and the sentence ends at the edge
    "今年来，涪陵紧紧围绕服务保障",  # two cells short again: a new paragraph
    "和学习宣传贯彻党的二十大精神工作",
    "主线，准确把握时度效，深入挖掘典",
    "型经验、创新举措和特色亮点，做大",
]


def test_fixture_column_is_sixteen_cells_wide():
    assert [text_width(s) for s in COLUMN] == [14, 16, 16, 16, 16, 14, 16, 16, 16]


def test_full_line_ending_a_sentence_then_indented_line_starts_a_paragraph():
    paras = paragraphs("\n".join(COLUMN + ["做强网络主流思想舆论。"]))
    assert len(paras) == 2
    assert paras[1].startswith("今年来，涪陵")


def test_blank_line_at_a_column_jump_mid_sentence_is_not_a_paragraph_end():
    lines = COLUMN[:3] + [""] + COLUMN[3:5]
    assert paragraphs("\n".join(lines)) == ["".join(COLUMN[:5])]


def test_raw_style_without_blank_lines_still_splits_paragraphs():
    short_end = ["文明上网、健康上网。"]
    paras = paragraphs("\n".join(COLUMN[:5] + COLUMN[5:] + short_end))
    assert len(paras) == 2


def test_byline_forms():
    assert P.is_byline("□本报记者 何春阳")
    assert P.is_byline("本报记者 张三 通讯员 李四")
    assert P.names_in("本报记者 张三 通讯员 李四") == ["张三", "李四"]
    assert P.is_names_line("刘玉珮 黄伟 马建保")
    assert not P.is_names_line("敢闯敢干 唯实争先")
    assert P.dateline_authors("本报讯 （记者 周雨）继2019年") == ["周雨"]
    assert P.dateline_authors("本报北京1月31日电 （记者杜一菲）国家主席") == ["杜一菲"]
    assert P.dateline_authors("新华社北京1月31日电  2月1日出版") == []
    assert P.dateline_authors("近年来，各地为招商引资") is None
    assert P.dateline_authors("新华社电 （记者鲍晓菁）在安徽芜湖市") == ["鲍晓菁"]  # no place, no date
    assert P.dateline_authors("本报郑州2 月 11日电 （记者王汉超）该服务") == ["王汉超"]  # extractor spaces
    assert P.names_in("本报记者 张 枨摄影报道") == ["张枨"]  # a padded two-character name, then 摄影报道


def test_captions_furniture_and_continuations():
    assert P.is_caption_credit("新华社记者 王五摄")
    assert P.is_caption_credit("薛 俊摄（人民视觉）")
    assert not P.is_caption_credit("他们在这里拍摄")
    assert P.is_furniture("本版责编：张三 李四")
    assert P.is_furniture("2019年2月1日 星期五  人民日报  要闻  1")
    kind, cont = P.continuation("（下转第五版）")
    assert kind == "to" and cont.page == 5
    kind, cont = P.continuation("（上接第12版）")
    assert kind == "from" and cont.page == 12
    # a contact line is furniture; a sentence quoting a call is not
    assert P.is_furniture("电话：（010）65368473") and P.is_furniture("投稿邮箱：rmrbfupin@163.com")
    assert P.is_furniture("传真：") and not P.is_furniture("电话：“今晚8点半到医院集合，出发去武汉。”")
    # a paper's name beside the head furniture; a kicker ending on a word for a report is none
    assert P.MASTHEAD.match("人民日报") and P.MASTHEAD.match("现代快报")
    assert not P.MASTHEAD.match("国办印发通报") and not P.MASTHEAD.match("统计公报")


def test_a_kicker_at_the_page_head_is_no_masthead():
    # 国办印发通报 right under the page's date line: the kicker of the headline below (who issues what), not
    # a paper's name beside the head furniture (…报)
    body = wrap(
        "新华社北京5月8日电 国务院办公厅近日印发通报，对2019年落实打好三大攻坚战等有关重大政策措施真抓实干成效明显的地方予以督查激励。",
        16,
    )
    lines = [
        "2020年5月9日 星期六  人民日报  要闻  2",
        "",
        "国办印发通报",
        "",
        "督查激励二〇一九年",
        "真抓实干成效明显地方",
        "",
        *body,
    ]
    page = banmian.parse_text("\n".join(lines))
    assert page.furniture == ["2020年5月9日 星期六  人民日报  要闻  2"]
    (a,) = page.articles
    assert (a.column, a.kicker, a.title) == (None, "国办印发通报", "督查激励二〇一九年真抓实干成效明显地方")


def test_a_continued_from_marker_opens_the_next_article():
    # （上接第一版） heads the part it marks: printed after one article's last paragraph and over the next one's
    # dateline, it is the next article's, whose headline the page prints after its body
    first = [
        "本报北京1月9日电 （记者冯春梅）全国统战部长会议9日在京召开。中共中央政治局常委、全国政协主席汪洋出席会议并讲话。",
        "全国政协副主席巴特尔出席会议。",
    ]
    second = [
        "本报北京1月9日电 （记者姜洁）中央“不忘初心、牢记使命”主题教育领导小组9日印发通知，对学习贯彻作出部署。",
        "通知要求，各级党组织要把学习贯彻重要讲话精神作为一项重要政治任务，抓紧抓好。",
    ]
    lines = ["全国统战部长会议在京召开", "", "（上接第一版）", ""] + [ln for p in first for ln in [*wrap(p, 16), ""]]
    lines += ["（上接第一版）", ""] + [ln for p in second for ln in [*wrap(p, 16), ""]]
    lines += ["认真学习贯彻重要讲话精神", ""]
    page = banmian.parse_text("\n".join(lines))
    assert page.unassigned == []
    a, b = page.articles
    assert a.continued_from is not None and a.continued_from.page == 1
    assert b.continued_from is not None and b.continued_from.page == 1
    assert b.body[0].text.startswith("本报北京1月9日电 （记者姜洁）")


def test_a_told_to_credit_under_the_body_closes_it():
    # 本报记者 X整理 right under the last paragraph: who wrote down what was said, the body's closing line (in
    # 人民日报 a record's last paragraph, never its first), not a byline left alone at the foot of the page
    paras = [
        "要压实责任，不能当“好好先生”。各级纪检监察机关、组织部门要切实负起责任，严肃问责查处不担当、不作为的人和事。",
        "通过真抓实干，确保完成决战决胜脱贫攻坚目标任务。",
    ]
    lines = ["从实处着手 在细处用功", "", "□本报记者 唐琦 汤平", ""] + [ln for p in paras for ln in [*wrap(p, 16), ""]]
    lines[-1:] = ["本报记者 董洪亮整理", "", "本版责编：丁筠纯 高琰"]
    page = banmian.parse_text("\n".join(lines))
    assert page.unassigned == []
    (a,) = page.articles
    assert (a.byline, a.authors) == ("□本报记者 唐琦 汤平", ["唐琦", "汤平"])
    assert (a.body[-1].type, a.body[-1].text) == ("paragraph", "本报记者 董洪亮整理")


def test_an_author_note_under_the_last_sentence_is_the_byline_however_wide():
    # （作者为…） broken over two full lines under a paragraph that fills its last line: pdfminer's blank line between,
    # and no lost indent to tell a new paragraph (the note is set flush), yet it is the closing author note
    lines = [
        "寒冬谨防血压“爆表”",
        "",
        "如果测得结果偏高，建议",
        "1分钟后再次测量，以去",
        "除紧张等因素的影响。在",
        "血压稳定之后，可以每周",
        "选一天抽测血压，当出现",
        "头痛、头晕等不适，或是",
        "天气变暖变凉，抑或睡眠",
        "不佳、压力较大时，应及",
        "时检测血压、脉搏变化。",
        "",
        "（作者为北京大学人民医",
        "院心脏中心主任医师）",
    ]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.byline == "（作者为北京大学人民医院心脏中心主任医师）"
    assert a.body[-1].text.endswith("应及时检测血压、脉搏变化。")


def test_a_label_in_brackets_under_a_headline_opens_the_body():
    # 【人物】X over 【故事】…: the label opening the body's first section, never a title (no kicker, title or subtitle
    # of 人民日报 opens on a bracket; 101 body paragraphs do)
    lines = ["发挥中医药的战“疫”力量", ""]
    lines += wrap("本报讯 （记者陶杰丹）新冠肺炎疫情发生以来，中医药全面参与疫情防控救治，发挥了重要作用。", 14) + [""]
    lines += wrap("充分发挥中医药防病治病的独特优势和作用，不仅能为疫情防控提供助力，也能为健康中国建设作出贡献。", 14)
    lines += ["", "暖闻热评", "", "关键时刻冲得上去", "", "【人物】“疫情上报第一", "人”张继先", ""]
    lines += wrap(
        "【故事】近日，湖北省发布决定，给予张定宇和张继先同志记大功奖励。张继先是湖北省中西医结合医院的医生。", 12
    )
    lines += [""] + wrap("她在发现异常病例后第一时间上报，为疫情防控争取了宝贵时间，被称为“疫情上报第一人”。", 12)
    lines += ["", "【点评】", ""] + wrap(
        "关键时刻冲得上去，危难关头豁得出来，这是医务工作者的担当，值得全社会尊重。", 12
    )
    _, b = banmian.parse_text("\n".join(lines)).articles
    assert (b.column, b.kicker, b.title) == ("暖闻热评", None, "关键时刻冲得上去")
    assert b.body[0].text == "【人物】“疫情上报第一人”张继先"


def test_a_continues_to_marker_alone_closes_the_article_before():
    # without blank lines, （下转第七版） over the editors' line stood alone, no article's: it closes the one above
    paras = [
        "本报讯 （记者龚娟雪）人力资源社会保障部、中国科协、科技部、国务院国资委近日联合表彰第二届全国创新争先奖获奖者。",
        "矢志报国，攻坚克难，大力弘扬伟大的科学家精神，以创新创造的生动实践为建设世界科技强国不断作出新的更大贡献。",
        "中国科学技术协会",
        "2020年5月30日",
    ]
    lines = ["科技为民 奋斗有我", *[ln for p in paras for ln in wrap(p, 18)], "（下转第七版）", "本版责编：尹晓 丁平寒"]
    page = banmian.parse_text("\n".join(lines))
    assert page.unassigned == []
    assert page.articles[-1].continues_to is not None and page.articles[-1].continues_to.page == 7


def wrap(paragraph: str, width: float = 16) -> list[str]:
    """Set a paragraph in a column as print does: the first line two cells short (the lost indent)."""
    lines, cur, cap = [], "", width - 2
    for ch in paragraph:
        if text_width(cur + ch) > cap and ch not in "，。、；：”":
            lines.append(cur)
            cur, cap = "", width
        cur += ch
    return lines + [cur]


PAGE = "\n".join(
    [
        "2020年5月1日 星期五  人民日报  要闻  2",
        "",
        *wrap(
            "本报北京4月30日电 （记者 王小明）全国各地近日纷纷采取措施，帮助企业稳定生产，各项经济指标逐步回升，市场预期持续改善。"
        ),
        *wrap("有关部门表示，将继续加大政策支持力度，帮助企业渡过难关。"),
        "",
        "（下转第五版）",
        "",
        "复工复产按下快进键",
        "",
        "□本报记者 李四",
        "",
        *wrap("春耕时节，田间地头一片繁忙景象，复工复产有序推进，农民们抢抓农时播种施肥，为稳定经济大局打下基础。"),
        "新华社记者 王五摄",
        "",
        "本版责编：张三 赵六",
    ]
)


def test_fields_of_a_small_page():
    page = banmian.parse_text(PAGE)
    assert page.furniture == ["2020年5月1日 星期五  人民日报  要闻  2", "本版责编：张三 赵六"]
    first, second = page.articles
    assert first.authors == ["王小明"]
    assert first.continues_to is not None and first.continues_to.page == 5
    assert second.title == "复工复产按下快进键"
    assert second.byline == "□本报记者 李四" and second.authors == ["李四"]
    assert second.captions == ["新华社记者 王五摄"]
    assert all("摄" not in b.text for b in second.body)


def test_a_reprints_reporters_are_no_authors():
    # 据新华社电 （记者X）: the agency's reporter; 新华社北京…电 （记者X） in the agency's own report is an author
    def authors(first: str) -> list[str]:
        body = first + "全国各地近日纷纷采取措施，帮助企业稳定生产，各项经济指标逐步回升，市场预期持续改善。"
        return banmian.parse_text("\n".join(["复工复产按下快进键", "", *wrap(body)])).articles[0].authors

    assert authors("据新华社电 （记者王小明）") == []
    assert authors("新华社北京4月30日电 （记者王小明）") == ["王小明"]


def test_a_dateline_under_a_quoted_lead_goes_on_the_article():
    # 人民日报's first page quotes a leader's words over the report: the dateline under them opens no article of
    # its own (it would be one without a headline)
    lead = "确保人民群众生命安全和身体健康，是我们党治国理政的一项重大任务。"
    report = "新华社北京2月14日电 中共中央总书记、国家主席、中央军委主席习近平2月14日下午主持召开会议并发表重要讲话。"
    later = "会议审议通过了有关文件。会议强调，要坚持以人民为中心的发展思想，把各项工作抓紧抓实抓细。"
    page = banmian.parse_text(
        "\n".join(
            [
                "习近平主持召开会议强调",
                "",
                "完善重大疫情防控体制机制",
                "",
                *wrap(lead),
                "",
                *wrap(report),
                "",
                *wrap(later),
                "",
                "保持经济平稳运行",
                "",
                "□本报记者 李四",
                "",
                *wrap("做好疫情防控工作，直接关系经济社会大局稳定，各地正在有序推进复工复产，稳定经济运行。"),
            ]
        )
    )
    assert [a.title for a in page.articles] == ["完善重大疫情防控体制机制", "保持经济平稳运行"]
    assert [b.text[:4] for b in page.articles[0].body] == ["确保人民", "新华社北", "会议审议"]


def test_names_lines_are_names_not_parallel_headline_phrases():
    assert P.is_names_line("刘玉珮 黄伟 马建保")
    assert P.is_names_line("欧阳明 李强")
    assert not P.is_names_line("小盆景 大天地")  # 3 + 3 characters, the shape of two names
    assert not P.is_names_line("港口忙 贸易旺")


def _block(text: str) -> list[str]:
    return [*wrap(text), ""]


NIGHT_MARKET = [
    *_block("夜市经济成为县城消费的新亮点，地方政府完善配套设施，商户延长营业时间，消费者的选择更加丰富。"),
    *_block("傍晚时分，县城广场上的夜市摊位陆续亮灯，烧烤、小吃、手工艺品摊前人头攒动，十分热闹。"),
]


def test_core_reading_box_opens_the_body_and_is_never_the_title():
    # (开栏的话, 引子, 前言 open a body the same way: 34, 11 and 12 times in 人民日报, always its first paragraph)
    for label in ("核心阅读", "开栏的话", "引子"):
        before = ["乡村夜市点亮县域消费", "", "□本报记者 李四", "", label, "", *NIGHT_MARKET]
        after = [label, "", *NIGHT_MARKET, "乡村夜市点亮县域消费", ""]  # the headline printed after the body
        for lines in (before, after):
            (art,) = banmian.parse_text("\n".join(lines)).articles
            assert art.title == "乡村夜市点亮县域消费", label
            assert art.body[0].type == "subhead" and art.body[0].text == label
            assert art.kicker is None and art.subtitle is None


SECTION = (
    "记者走进社区，看到居民们忙着准备年货，志愿者挨家挨户送去春联和福字，邻里之间其乐融融，处处洋溢着节日的喜庆气氛。"
)


def test_parallel_sections_with_their_own_bylines_are_one_compilation():
    lines = ["新春走基层 一起过大年", ""]
    for head, name in [("胡同电暖", "贺勇"), ("刷脸进站", "靳博"), ("交通疏导", "张洋"), ("大山支教", "张文")]:
        lines += [head, "安享生活", "", f"本报记者 {name}", "", *_block(SECTION), *_block(SECTION[::-1])]
    page = banmian.parse_text("\n".join(lines))
    assert [a.title for a in page.articles] == ["新春走基层 一起过大年"]
    assert sum(b.type == "subhead" for b in page.articles[0].body) == 4


BRIEF_A = "由行业协会主办的市场风险管理大会近日在上海举行，与会专家认为，企业在构建风险管理模型时应当考虑多种变量。"
BRIEF_B = (
    "近日，某银行推出面向小微企业的线上贷款产品，企业通过手机即可申请，审批时间缩短到一天以内，已有数千家企业获得支持。"
)


def _briefs() -> list[str]:
    lines = []
    for head, text, signature in [
        ("风险管理大会在沪举行", BRIEF_A, "（张 三）"),
        ("银行推出线上贷款", BRIEF_B, "（李四）"),
    ]:
        lines += [head, "", *_block("本报电 " + text), signature, ""]
    return lines


def test_short_news_items_under_a_short_title_are_one_compilation():
    over = ["经济快讯", "", *_briefs(), "王五", ""]  # the compiler's name on the last line
    after = [*_briefs(), "经济快讯", ""]  # the extractor gives the title after the items
    for lines, authors in ((over, ["王五"]), (after, [])):
        (art,) = banmian.parse_text("\n".join(lines)).articles
        assert art.title == "经济快讯" and art.column is None and art.authors == authors
        assert [b.text for b in art.body if b.type == "subhead"] == ["风险管理大会在沪举行", "银行推出线上贷款"]


def test_compilation_items_read_as_sections_or_its_title_over_the_next_headline():
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _compilations

    def item(head: str, text: str, closing: str) -> list[Block]:
        return [Block("subhead", head), Block("paragraph", text), Block("paragraph", closing)]

    # later items already subheads: the first item's headline, read as the title, becomes one too
    a = Article(title="风险管理大会在沪举行", column="经济快讯")
    a.body = item("风险管理大会在沪举行", BRIEF_A, "（据新华社上海电 记者张三）")[1:] + item(
        "银行推出线上贷款", BRIEF_B, "（李四）"
    )
    (c,) = _compilations([a])
    assert c.title == "经济快讯" and c.column is None and c.body[0].text == "风险管理大会在沪举行"
    # the title printed after the items was read as the column over the next article's four-box headline
    items = [
        Article(title=t, body=[Block("paragraph", "本报电 " + x), Block("paragraph", "（张三）")])
        for t, x in [("甲", BRIEF_A), ("乙", BRIEF_B)]
    ]
    nxt = Article(
        column="经济快讯", kicker="科技故事", title="引题", subtitle="主题", body=[Block("paragraph", SECTION * 3)]
    )
    c, n = _compilations([*items, nxt])
    assert c.title == "经济快讯" and [b.text for b in c.body if b.type == "subhead"] == ["甲", "乙"]
    assert (n.column, n.kicker, n.title, n.subtitle) == ("科技故事", "引题", "主题", None)
    # reprinted briefs close on their source, at times run on into the last paragraph
    briefs = [
        Article(title=t, body=[Block("paragraph", x + "（据新华社伦敦电 记者张三）")])
        for t, x in [("甲", BRIEF_A), ("乙", BRIEF_B)]
    ]
    briefs[0].column = "经济快讯"
    (c,) = _compilations(briefs)
    assert c.title == "经济快讯" and [b.text for b in c.body if b.type == "subhead"] == ["甲", "乙"]
    # the compilation's title read as the first item's, its headline a first subhead
    first = Article(title="经济快讯", byline="王五", authors=["王五"])
    first.body = [Block("subhead", "甲"), *items[0].body]
    (c,) = _compilations([first, items[1]])
    assert (
        c.title == "经济快讯"
        and [b.text for b in c.body if b.type == "subhead"] == ["甲", "乙"]
        and c.authors == ["王五"]
    )
    # the title given after the items with one paragraph under it: the next article's first, over its headline
    title = Article(title="经济快讯", byline="本报记者 王五", authors=["王五"], body=[Block("paragraph", SECTION)])
    nxt = Article(title="下一篇", body=[Block("paragraph", SECTION[::-1])])
    c, n = _compilations([*items, title, nxt])
    assert c.title == "经济快讯" and [b.text for b in c.body if b.type == "subhead"] == ["甲", "乙"]
    assert [b.text for b in n.body] == [SECTION, SECTION[::-1]] and n.authors == ["王五"]


RAIL = [
    "拉伊铁路全线采用中国标准建设，设计最高时速一百五十公里，铁路通车后沿线居民出行更加便捷。",
    "铁路建设期间，中国企业为当地培训了大批铁路技术人员，铁路运营将带动沿线经济发展。",
    "当地民众说，这条铁路让城市之间的距离变近了，铁路沿线的新城镇也在规划之中。",
]
SPACE = [
    "嫦娥四号探测器在月球背面着陆，这是人类航天史上的一项科技壮举，各国科学家纷纷表示祝贺。",
    "法国科学家认为，月球探测需要国际合作，中国的航天计划为各国科学家提供了宝贵的合作机会。",
]


@pytest.mark.parametrize(
    "closing",
    [
        ["（本报阿布贾2月10日电）"],
        # （综合本报记者…报道）: the reporters whose reports an article compiles, under its last paragraph (人民日报
        # 2019–2020: 59 of 66 close the article's text, the others its credits or a box after it); it ran on into
        # the article whose headline is printed after its body
        ["（综合本报记者韩俊杰、王明", "峰、潘俊强、刘峰报道）"],
        # a closing dateline with its reporters, （本报内比都1月17日电 记者张志文、周之然）: 149 of 189 close their
        # article's text, 5 more its credits; the rest close the items of a compilation (微阅读)
        ["（本报内比都1月17日电", "记者张志文、周之然、孙广勇）"],
        # who took part in the reporting, where the article was reprinted from: (汪野参与采写), (摘编自…)
        ["（汪野参与采写）"],
        ["（摘编自2月3日《经济日报》）"],
        # where the authors work, who wrote it up: （作者单位：中国社会科学院）, （执笔：王鹏） (90 of 102 close their article's
        # text, 11 more its credits)
        ["（作者单位：中国社会科学院考古", "研究所）"],
        ["（执笔：王鹏）"],
    ],
)
def test_a_headline_after_its_body_takes_the_paragraphs_after_the_closing_line(closing):
    lines = ["尼日利亚有了首条双线铁路", ""]
    for p in RAIL:
        lines += _block(p)
    lines += [*closing, ""]
    for p in SPACE:
        lines += _block(p)
    lines += ["月球背面的科技壮举", ""]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert first.title == "尼日利亚有了首条双线铁路" and second.title == "月球背面的科技壮举"
    assert [b.text for b in first.body] == [*RAIL, "".join(closing)]
    assert [b.text for b in second.body] == SPACE


def test_a_compiled_reports_closing_is_a_closing_line():
    assert P.CLOSING.match("（综合本报记者韩俊杰、王明峰、潘俊强、刘峰报道）")
    assert P.CLOSING.match("（本报记者张帆、徐元锋报道）")
    assert P.CLOSING.match("（据新华社明斯克电 记者魏忠杰、李佳）")
    assert P.CLOSING.match("（参与记者：罗婧婧、郭沛然、危颖）")
    assert P.CLOSING.match("（新华社北京10月1日电  新华社记者李学勇、李宣良）")
    assert P.CLOSING.match("（本报开罗、阿布贾、首尔、墨西哥城5月2日电）")
    # (a report from many capitals names them all before its reporters)
    cities = "北京、布鲁塞尔、约翰内斯堡、柏林、曼谷、罗马、莫斯科、堪培拉、巴黎、开罗、伊斯兰堡、东京、努尔苏丹"
    assert P.CLOSING.match(f"（本报{cities}5月19日电 记者李琰、杨迅、张朋辉、吕强、李滢嫣、花放）")
    assert P.CLOSING.match("（作者分别为武汉大学教授、南京大学副教授）")
    assert P.CLOSING.match("（作者为中央党校（国家行政学院）习近平新时代中国特色社会主义思想研究中心研究员）")
    assert not P.CLOSING.match("（详见本报记者昨日的报道：问题仍然存在）")


def test_a_closing_quote_at_the_column_edge_does_not_end_the_paragraph():
    before = ["近年来，西咸新区持续推进", "水系建设，着力打造城市水系", "网络，生态环境明显改善。"]
    quoted = [
        "“九河十湖、蓝脉绿网”",  # a first line (indent lost) that opens and closes a quotation
        "的城市水系格局已经形成，编",
        "制了城市水系规划。",
    ]
    assert [text_width(s) for s in before + quoted] == [12, 13, 12, 11, 13, 9]
    assert paragraphs("\n".join(before + quoted)) == ["".join(before), "".join(quoted)]


def test_without_blank_lines_a_headline_before_a_dateline_is_not_body_text():
    first = wrap("辽宁省朝阳县尚志乡，巍峨的云蒙山高耸入云，清澈的小凌河蜿蜒流过，这里是抗日将领赵尚志的家乡。")
    second = wrap("新华社电 （记者徐海波）深冬时节，位于大别山环绕中的湖北省红安县三里岗村，还能看到大片的竹林。")
    headline = ["为了民族复兴·英雄烈士谱", "杨宏明：靠前指挥 战斗到底"]
    page = banmian.parse_text("\n".join(["赵尚志：拼斗疆场 豪气冲天", *first, *headline, *second]))
    last = page.articles[-1]
    # (whether the first line is a kicker or part of a two-line title, widths alone cannot say)
    assert "".join(x for x in (last.column, last.kicker, last.title) if x) == "".join(headline)
    assert last.title.endswith("杨宏明：靠前指挥 战斗到底")
    assert last.authors == ["徐海波"]
    assert [b.text for b in page.articles[-1].body] == ["".join(second)]


def test_a_headline_as_wide_as_a_first_line_stays_a_headline_without_blank_lines():
    # 17-cell column; the headline is 14 cells, like a first line, but the line after it is two cells
    # short and runs on: a paragraph's first line, so the headline has no second line
    body = ["全球外国直接投资遭遇“寒意”，", "但中国吸收外资却实现逆势增长。联合", "国贸发会议最新发布的投资趋势监测报"]
    body += ["告显示，中国吸收外资规模继续扩大。"]
    assert [text_width(s) for s in body] == [15, 17, 17, 17]
    page = banmian.parse_text("\n".join(["中国市场对外资吸引力不断增强", *body]))
    (art,) = page.articles
    assert art.title == "中国市场对外资吸引力不断增强"
    assert [b.text for b in art.body] == ["".join(body)]


ANTARCTIC = [
    "古老的冰川、呆萌的企鹅、慵懒的海豹……遥远的南极尽情展现着大自然的美丽与神奇，成为许多游客青睐的旅行目的地。",
    "近年来，南极游中的中国游客逐年增多，中国已经成为仅次于美国的第二大客源国。记者随南极论坛前往南极，"
    "一路看到的冰山和企鹅让人难忘，游客们纷纷拿起相机记录下这些美好的瞬间。",
]


def test_two_phrases_set_apart_by_a_space_are_a_headline_not_a_first_line():
    # 南极不难及 冰上有奇遇 is as wide as a first line and the line after the blank is full: the shape
    # of a column jump after a paragraph's first line, but body text has no space between two phrases
    head = "南极不难及 冰上有奇遇"
    body = [*wrap(ANTARCTIC[0], 13), "", *wrap(ANTARCTIC[1], 13)]
    assert text_width(head) == 10 and text_width(body[0]) == 12 and text_width(body[1]) == 13
    (art,) = banmian.parse_text("\n".join([head, "", *body])).articles
    assert art.title == head
    assert [b.text for b in art.body] == ANTARCTIC


def test_a_line_one_cell_short_ending_on_a_hung_mark_is_a_first_line():
    # after the blank: a paragraph's first line (11 cells of a 13-cell column, the indent lost, and the ，
    # hung past the edge), so the unpunctuated line above it is a subhead, not a line cut by a column jump
    first = wrap("这些远离人类社会的精灵，大概还没有把对人类的恐惧写进基因，我们仍葆有被亲近的幸运。", 13)
    assert first[0].endswith("，") and text_width(first[0]) == 13 - 1
    lines = [*wrap(ANTARCTIC[0], 13), "", *wrap(ANTARCTIC[1], 13), "", "与热气腾腾的生命对话", "", *first]
    (art,) = banmian.parse_text("\n".join(["南极游记", "", *lines])).articles
    assert [b.type for b in art.body] == ["paragraph", "paragraph", "subhead", "paragraph"]
    assert art.body[2].text == "与热气腾腾的生命对话"


def test_an_unfinished_block_right_above_a_byline_is_the_headline():
    # a kicker broken over two lines and a title with commas: no sentence ends before the byline
    head = ["《野生动物保护", "法》等法律的修改进程提速", "", "打击滥食野味，严些，再严些"]
    body = wrap(
        "吃野味非但不能滋补、治病，反而会带来健康隐患。近些年来世界多地出现的新发传染病，很多和食用野生动物有关。", 11
    )
    (art,) = banmian.parse_text("\n".join([*head, "", "□本报记者 方菊", "", *body])).articles
    assert art.kicker == "《野生动物保护法》等法律的修改进程提速"
    assert art.title == "打击滥食野味，严些，再严些"
    assert art.authors == ["方菊"] and len(art.body) == 1


def test_a_credit_line_above_the_next_byline_stays_with_the_article_above():
    # the next article's headline is printed after its body: only the credit stands before the byline
    lines = ["老年大学受欢迎", "", *_block(SECTION), "制图：蔡华伟", "", "□本报记者 沈蕊嘉", ""]
    lines += [*_block(SECTION[::-1]), "社区食堂暖人心", ""]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert first.title == "老年大学受欢迎" and first.body[-1].text == "制图：蔡华伟"
    assert second.title == "社区食堂暖人心" and second.authors == ["沈蕊嘉"]


def test_a_series_name_printed_again_heads_the_next_article():
    # two articles of one series between their bodies: the first headline closes the body above,
    # the repeated series name opens the next headline
    one = _block("黄诚，1914年出生于河北安次，早年投身学生运动，抗战爆发后奔赴抗日前线，在战斗中屡立战功。")
    two = _block("新华社电 （记者吴书光）徐宝珊，1908年出生于山东博平，他是家中兄长，与两个弟弟先后投身革命。")
    series = "为了民族复兴·英雄烈士谱"
    lines = [*one, series, "", "黄诚：学运领袖 抗战先锋", "", series, "", "徐宝珊：一门三英 声名流芳", "", *two]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert (first.column, first.title) == (series, "黄诚：学运领袖 抗战先锋")
    assert (second.column, second.title) == (series, "徐宝珊：一门三英 声名流芳")
    assert first.kicker is None and second.kicker is None and second.authors == ["吴书光"]


def test_a_word_across_a_blank_counts_only_from_a_line_as_wide_as_a_first_line():
    # rjieba reads 不可长 / 靠拈阄 as 长靠, but a line four cells short of the column is no line cut by a
    # column jump: a headline
    from banmian.reconstruct.reflow import crosses_word

    body = wrap(
        "靠拈阄开展工作，凭运气来简单解决问题，就是懒政怠政思维在作祟，不仅伤害了群众感情，还损害了党群干群关系。", 11
    )
    assert crosses_word("拈阄之风不可长", body[0]) and text_width("拈阄之风不可长") == 11 - 4
    (art,) = banmian.parse_text("\n".join(["微观", "", "拈阄之风不可长", "", *body])).articles
    assert art.title == "拈阄之风不可长" and art.column == "微观"
    assert [b.text for b in art.body] == ["".join(body)]


def test_a_column_name_between_two_headlines_heads_the_one_below():
    # 人民论坛 closes no headline: a column name is printed over the headline it belongs to
    s1 = "数字经济走红，智能制造热卖，人民群众的消费需求持续释放，各地企业开年订单饱满，生产线一派繁忙景象。"
    s2 = "本报讯 （记者 侯爽黛）有这样两则案例，一则讲快思维，一则讲慢思维。快思维赢得效率，慢思维赢得质量。"
    one, two = [*_block(s1), *_block(SECTION)], [*_block(s2), *_block(SECTION[::-1])]
    head = [" 开年一线看亮点", "", "数字经济走红 智能制造热卖", "", "人民论坛", "", "“快思维”与“慢思维”", ""]
    first, second = banmian.parse_text("\n".join([*one, *head, *two])).articles
    assert (first.column, first.title, first.kicker) == ("开年一线看亮点", "数字经济走红 智能制造热卖", None)
    assert (second.column, second.title, second.kicker) == ("人民论坛", "“快思维”与“慢思维”", None)


def test_a_headline_in_two_even_lines_is_no_column_of_its_own():
    # two 8-cell lines between a 20-cell and a 12-cell column read as a column of width 8 (both lines
    # "full", and 8 is a width the page repeats), so the headline ran on into the paragraph below
    s = "在物资调配时一定要考虑基层医务人员防护用品的供应问题，确保基层医务人员不要由于没有防护用品而感染。"
    lead = "基层医疗机构是疫情防控的第一道关口，乡村医生熟悉村情民情，能够及时发现发热病人并引导就医。"
    above = wrap("各地卫生部门要加强统筹协调，" + s + lead + s, 20)
    below = wrap("2月11日，在山东港口烟台港职工食堂，员工们保持两米距离排队就餐，食堂安排专人测量体温、登记信息。", 12)
    head = ["发挥乡村医生作用", "做好农村疫情防控"]
    other = ["推动企业有序复工", "保障重点物资供应", ""]
    other += wrap("本报北京2月11日电 （记者王浩）各地统筹推进疫情防控和经济社会发展，重点物资供应保障有力。", 12)
    page = banmian.parse_text("\n".join(["基层防控", "", *above, "", *head, "", *below, "", *other]))
    texts = [b.text for a in page.articles for b in a.body if b.type == "paragraph"]
    assert "".join(below) in texts and not any("发挥乡村医生作用" in t for t in texts)
    heads = [a.title for a in page.articles] + [b.text for a in page.articles for b in a.body if b.type == "subhead"]
    assert "".join(head) in heads


def test_a_headline_of_five_even_lines_is_no_column_of_its_own():
    # a title set large prints few characters a line: after its body (an 18-cell column) a three-line title
    # and a two-line one, 4 to 9 cells wide, read as a column of width 8 (a width the page repeats, in the
    # sidebar below) five lines long, and ran into one paragraph; five lines that end no sentence and hold
    # no comma are a headline
    body = wrap("新华社北京1月22日电 1月21日，某国协会在伦敦举办新春晚宴，国务院副总理王某某致贺信。", 18)
    body += [""] + wrap(
        "王某某在贺信中高度赞赏协会多年来为增进两国友好所作努力，鼓励新一代继续传承友好精神，"
        "为巩固深化两国人民友谊、实现两国关系持续健康发展、促进世界和平与繁荣作出更大贡献。",
        18,
    )
    head = ["王某某向某国48家", "企业俱乐部2020年", "新春晚宴致贺信", "", "“两国关", "系未来一定更美好”"]
    assert [text_width(h) for h in head if h] == [8, 8, 7, 4, 9]
    below = ["", "本报记者 李某某", ""] + wrap(
        "“无论从历史还是现实角度看，两国友好合作都是彼此真诚、互惠互利的。”他说。"
        "两国各领域务实合作迈上新台阶，将给两国人民带来更多福祉。",
        13,
    )
    side = ["", "春节市场供应充足", ""] + wrap(
        "本报北京1月22日电 记者从商务部获悉，春节期间全国生活必需品市场供应充足，价格总体平稳，"
        "粮油肉蛋菜等货源充足，各地超市备货比往年增加两成以上。",
        8,
    )
    page = banmian.parse_text("\n".join([*body, "", *head, *below, *side]))
    paras = [b.text for a in page.articles for b in a.body if b.type == "paragraph"]
    assert not any("新春晚宴致贺信" in t or "两国关系未来" in t for t in paras)
    titles = [a.title for a in page.articles]
    assert "王某某向某国48家企业俱乐部2020年新春晚宴致贺信" in titles and "“两国关系未来一定更美好”" in titles


def test_credit_lines_in_a_narrow_run_are_no_headline():
    # 本期统筹：杜尚泽 / 胡安琪 / 版式设计：蔡华伟 over the next article's two headlines: five 8-cell lines between
    # 13-cell columns, but credit lines, not a headline; read against the column of 13, 胡安琪 (a line of three
    # cells) became a name line, and an author of the article above
    above = ["慎终如始 再接再厉", "", "本报记者 李明", ""] + wrap(
        "五月二十四日下午，代表们来到会场参加审议，大家表示要坚持整体谋划、系统重塑、全面提升，"
        "改革疾病预防控制体系，提升疫情监测预警和应急响应能力，健全重大疫情救治体系。",
        13,
    )
    above += [""] + wrap("“回去后，我们一定把乡村振兴各项工作做好，坚决把疫情造成的损失补回来！”", 13)
    credits = ["", "本期统筹：杜尚泽", "胡安琪", "", "版式设计：蔡华伟", ""]
    below = ["香港各界发起联署", "", "支持国家安全立法", ""] + wrap(
        "本报香港5月24日电 （记者陈然）香港各界联合阵线于5月24日成立并发起联署活动，成员来自各大社团、"
        "工商界、专业界、教育界、社会福利界等，各区街坊纷纷踊跃签名、积极发声。",
        13,
    )
    first, second = banmian.parse_text("\n".join([*above, *credits, *below])).articles
    assert (first.title, first.authors) == ("慎终如始 再接再厉", ["李明"])
    assert any("胡安琪" in b.text for b in first.body)
    assert (second.title, second.authors) == ("支持国家安全立法", ["陈然"])


def test_after_a_sentence_ending_a_cell_short_a_full_line_starts_a_paragraph():
    # 的顺利推进夯实了基础。 ends a cell short of the 12-cell column: its paragraph ends there, and the
    # full line after the blank (a two-line subhead) does not carry it on
    body = wrap("当前，备耕物资供应充足，保障有力，各地抓紧调运化肥和种子，为春季生产的顺利推进夯实了基础。", 12)
    assert text_width(body[-1]) == 11 and body[-1].endswith("。")
    sub = ["供种优良化，做强农业高质", "量发展的关键"]
    after = wrap("玉米种子16.4亿公斤，杂交稻种子4亿公斤，供应总量充足，品种结构不断优化，能够满足春播需要。", 12)
    (art,) = banmian.parse_text("\n".join(["春耕备耕", "", *body, "", *sub, "", *after])).articles
    assert [b.type for b in art.body] == ["paragraph", "subhead", "paragraph"]
    assert art.body[1].text == "".join(sub)


def test_a_headline_in_three_even_lines_that_ends_no_sentence_is_no_column_either():
    above = wrap("各地卫生部门要加强统筹协调，在物资调配时一定要考虑基层医务人员防护用品的供应问题。" * 3, 20)
    below = wrap(
        "本报北京4月28日电 （记者王浩）北京世界园艺博览会昨晚闭幕，各国嘉宾和各界群众一同参加闭幕式，共同见证这一盛会。",
        12,
    )
    head = ["李克强将出席2019", "年北京世界园艺博", "览会闭幕式并致辞"]
    assert {text_width(h) for h in head} == {8}
    other = ["推动企业有序复工", "保障重点物资供应", ""]
    other += wrap("本报北京2月11日电 （记者王浩）各地统筹推进疫情防控和经济社会发展，重点物资供应保障有力。", 12)
    page = banmian.parse_text("\n".join(["世园会", "", *above, "", *head, "", *below, "", *other]))
    heads = [a.title for a in page.articles] + [b.text for a in page.articles for b in a.body if b.type == "subhead"]
    assert "".join(head) in heads  # a headline, not the end of the paragraph above
    assert any(b.text == "".join(below) for a in page.articles for b in a.body)


def test_a_full_line_after_a_paragraphs_short_last_line_opens_no_paragraph():
    # 王沪宁看望… is as wide as the column below it; after the article above ended on a short line, a
    # full line cannot be a paragraph's first line (it would have lost its indent) nor carry one on
    above = wrap("中共中央政治局常委、全国政协主席汪洋出席有关活动，并同与会各方代表进行了交流。" * 2, 14)
    title = "王沪宁看望文化界知名人士和科技专家"
    sub = ["代表习近平总书记和党中央向文化工作", "者和科技工作者致以诚挚问候和新春祝福"]
    below = wrap(
        "新华社北京1月31日电 春节将至，中共中央政治局常委王沪宁31日看望文化界知名人士和科技专家，"
        "代表党中央向广大文化工作者和科技工作者致以诚挚问候和新春祝福。" * 2,
        18,
    )
    assert text_width(title) == 17 and text_width(above[-1]) < 13
    page = banmian.parse_text("\n".join(["汪洋出席", "", *above, "", title, "", *sub, "", *below]))
    assert page.articles[-1].title == title
    assert not any(title in b.text for a in page.articles for b in a.body)


def test_a_blank_line_between_two_subhead_lines_parts_two_subheads():
    # the lines of one subhead are one box (no blank inside: 出真招 / 见行动见效果 on the seed page); a blank
    # between two heading lines in the body is two subheads set one after the other
    body = wrap("当前，备耕物资供应充足，保障有力，各地抓紧调运化肥和种子，为春季生产的顺利推进夯实了基础。", 12)
    after = wrap("玉米种子16.4亿公斤，杂交稻种子4亿公斤，供应总量充足，品种结构不断优化，能够满足春播需要。", 12)
    for sep, want in (([], ["衔接乡村振兴村民增收致富"]), ([""], ["衔接乡村振兴", "村民增收致富"])):
        text = "\n".join(["春耕备耕", "", *body, "", "衔接乡村振兴", *sep, "村民增收致富", "", *after])
        (art,) = banmian.parse_text(text).articles
        assert [b.text for b in art.body if b.type == "subhead"] == want


def test_one_bigram_as_the_bigram_sets_make_it():
    from banmian.reconstruct.assemble import _pair, _pairs

    for a, b in [("开", "发"), ("\u3400", "\u9fff"), ("人", "民")]:
        assert list(_pairs(a + b)) == [_pair(a, b)]


def test_a_short_page_without_blank_lines_tells_its_headline_boxes_apart():
    # pdftotext -raw: no blank line anywhere.  The page's first line counts as "after a blank", and on a
    # short page that one line once made the page look like one with blank lines, so the kicker (or the
    # column name) and the title were read as one box
    body = wrap("本报北京3月2日电 （记者林川）春季学期开学以来，全市中小学陆续恢复课后服务，校园里又热闹起来。", 16)
    body += wrap("不少学校把体育活动排进下午的课后时段，学生们在操场上跑步、跳绳、踢球，家长们说孩子的精神头足了。", 16)
    page = banmian.parse_text("\n".join(["支持农村劳动力就业创业", "春风行动今日启动", *body]))
    (a,) = page.articles
    assert (a.kicker, a.title) == ("支持农村劳动力就业创业", "春风行动今日启动")
    page = banmian.parse_text("\n".join(["校园新风", "课后服务让孩子们动起来", *body]))
    (a,) = page.articles
    assert (a.column, a.title) == ("校园新风", "课后服务让孩子们动起来")


_PREPARING = (
    "本报北京4月2日电 （记者周明）2日，备战全国青少年围棋锦标赛集训工作会议在国家体育总局举行。"
    "各省区市围棋协会负责人和教练员代表参加会议，共同研究集训安排和选拔办法。"
)
_OPENING = (
    "本报杭州4月3日电 （记者李华）3日，全国青少年围棋锦标赛在杭州开幕，来自二十八个省区市的四百余名棋手参赛。"
    "首轮比赛中，杭州队的三名小将全部取胜。赛事将持续七天，决出各组别冠军。"
)


def test_without_blank_lines_headline_lines_whose_break_the_report_runs_on_are_one_box():
    # pdftotext -raw, headlines wrapped at their boxes' widths: the title of the article above printed under its
    # body, then the kicker and title of the one below.  全国青少年围棋 / 锦标赛开幕 is one kicker: the report below has
    # 围棋锦标赛 in a row, so the article above does not end after 全国青少年围棋, nor does a box
    head = ["备战全国青少年", "围棋锦标赛集训", "工作会议举行", "全国青少年围棋", "锦标赛开幕", "杭州小将首", "战告捷"]
    page = banmian.parse_text("\n".join([*wrap(_PREPARING, 14), *head, *wrap(_OPENING, 14)]))
    above, below = page.articles
    assert (above.kicker, above.title) == (None, "备战全国青少年围棋锦标赛集训工作会议举行")
    assert (below.kicker, below.title) == ("全国青少年围棋锦标赛开幕", "杭州小将首战告捷")


def test_a_break_echoed_by_the_report_is_one_phrase_but_a_place_over_what_happens_there():
    from banmian.reconstruct.assemble import _echoed_in

    report = "3日，全国青少年围棋锦标赛在杭州开幕。罗平县板桥镇油菜花盛开，游客Wi-Fi打卡。"
    assert _echoed_in("全国青少年围棋", "锦标赛开幕", report)
    assert not _echoed_in("全国青少年围棋", "锦标杯开幕", report)  # (three characters below the break, not two)
    assert not _echoed_in("全国青少年", "围棋锦标赛", "全国青少年，围棋锦标赛")  # (in a row)
    # a place over what happens there is a kicker over its title, however the report runs them on
    assert not _echoed_in("云南罗平县板桥镇", "油菜花开春先到", report)
    assert not _echoed_in("游客Wi", "-Fi打卡", report)  # (characters, not Latin letters)


_ABOVE = (
    "新建的港口码头上个月投入试运行，每天有十多艘货轮在这里装卸，当地居民说家门口的变化一年比一年大。"
    "码头还开通了通往内陆城市的货运班列，运输时间比过去缩短了一半，沿线企业的订单随之增加。"
)


def _page_above(width: float) -> list[str]:
    """An article to sit above the one a test is about."""
    return ["港口码头投入试运行", "", *wrap(_ABOVE, width)]


def test_a_dateline_broken_before_its_dian_still_opens_the_article():
    # 本报乌兰巴托3月5日 / 电 （记者林川）…: the first line alone is no dateline, and it ran on in the headline
    # above it, which ran on in the article above
    head = ["中企承建的跨区", "域输电项目竣工"]
    body = [
        "本报乌兰巴托3月5日",
        "电 （记者林川）由中国",
        "企业承建的跨区域输电",
        "项目5日竣工，将为沿线",
        "三个省份送去电力。",
    ]
    body += ["", *wrap("项目负责人介绍，工程全长三百多公里，施工期间雇用当地员工八百多人。", 10)]
    page = banmian.parse_text("\n".join([*_page_above(10), "", *head, *body]))
    first, second = page.articles
    assert second.title == "".join(head) and second.authors == ["林川"]
    assert second.body[0].text.startswith("本报乌兰巴托3月5日电")
    assert [b.text for b in first.body] == [_ABOVE]


def test_an_unfinished_block_over_a_dateline_is_its_headline():
    # three lines that never end a sentence right above 本报讯 （记者…）: a headline, not the article above's
    # last paragraph; so is a broken subtitle above （上接第一版） and its dateline
    body = wrap("本报讯 （记者林川）全市安全生产工作会议2日召开，会议部署了今年的重点任务。", 14)
    body += ["", *wrap("会议要求，各区各部门要把责任落实到岗位、落实到人。", 14)]
    head = wrap("市领导在全市安全生产工作会议上强调压实各方责任守牢安全生产底线", 14)
    assert len(head) == 3
    page = banmian.parse_text("\n".join([*_page_above(14), "", *head, "", *body]))
    first, second = page.articles
    assert [b.text for b in first.body] == [_ABOVE] and second.title == "".join(head)
    head = ["市领导走访慰问基层一线职工", "", "向坚守岗位的环卫工人、公交司机和", "社区工作者致以节日问候和新春祝福"]
    page = banmian.parse_text("\n".join([*_page_above(14), "", *head, "", "（上接第一版）", "", *body]))
    first, second = page.articles
    assert [b.text for b in first.body] == [_ABOVE]
    assert (second.title, second.subtitle) == (head[0], head[2] + head[3])
    assert second.continued_from is not None


def test_a_two_line_kicker_that_introduces_its_title_is_no_paragraph():
    # 世卫组织执委会会议高度评价… / …举措—— over the title: a kicker broken over two lines once read as the
    # article above's last paragraph (a body paragraph does not end on ——)
    kicker = wrap("市气象台发布今年首个高温橙色预警提醒——", 14)
    assert len(kicker) == 2
    body = wrap("市气象台2日发布高温橙色预警，预计未来三天最高气温将达到三十八摄氏度，请市民减少午后外出。", 14)
    body += ["", *wrap("气象专家提醒，高温时段户外作业要注意补水和休息，老人和儿童尽量留在阴凉处。", 14)]
    page = banmian.parse_text("\n".join([*_page_above(14), "", *kicker, "", "高温天气注意防暑", "", *body]))
    first, second = page.articles
    assert [b.text for b in first.body] == [_ABOVE]
    assert (second.kicker, second.title) == ("".join(kicker), "高温天气注意防暑")


def test_a_reporters_name_may_end_in_wen():
    # 文 after a name once counted as a role ("text by"), so 邵鲁文 came out as 邵鲁
    assert P.dateline_authors("新华社电 （记者邵鲁文）山东枣庄市的一所小学因纪念园而得名。") == ["邵鲁文"]
    assert P.names_in("本报记者 王珂 通讯员 张 文") == ["王珂", "张文"]


def test_a_byline_broken_inside_a_name_is_rejoined():
    # a byline wider than its article breaks onto a second line, here inside the name 张琼瑗
    body = wrap("在洪泽湖上游入水口附近，生态修复工程已经完成了第一期，湖边的芦苇又长起来了。", 14)
    byline = ["□本报记者 余嘉琰 卢晶香 张", "琼瑗 通讯员 石茜婷"]
    page = banmian.parse_text("\n".join(["湖边芦苇又青了", "", *byline, "", *body]))
    (a,) = page.articles
    assert a.authors == ["余嘉琰", "卢晶香", "张琼瑗", "石茜婷"]
    assert [b.text for b in a.body] == ["".join(body)]


def test_a_byline_broken_inside_a_role_word_is_rejoined():
    # 通讯 / 员 王秋茗 (or 通讯员 / 王秋茗): the second line once became a title of its own, and 通讯 an author
    body = wrap("在洪泽湖上游入水口附近，生态修复工程已经完成了第一期，湖边的芦苇又长起来了。", 14)
    for byline in (
        ["本报记者 戴秋真 通讯", "员 王秋茗"],
        ["□本报记者 戴秋真 通", "讯员 王秋茗"],
        ["本报记者 戴秋真 通讯员", "王秋茗"],
    ):
        (a,) = banmian.parse_text("\n".join(["湖边芦苇又青了", "", *byline, "", *body])).articles
        assert (a.title, a.authors) == ("湖边芦苇又青了", ["戴秋真", "王秋茗"]), byline
        assert [b.text for b in a.body] == ["".join(body)]


def test_a_documents_date_under_its_title_is_its_subtitle():
    # 关于…的意见 / （2019年1月31日） printed after the document's text: the date once read as a paragraph
    text = wrap("各级党组织要把加强党的政治建设作为首要任务，结合实际抓好贯彻落实。", 14)
    page = banmian.parse_text("\n".join([*text, "", "关于加强社区服务工作的意见", "", "（2019年1月31日）"]))
    (a,) = page.articles
    assert (a.title, a.subtitle) == ("关于加强社区服务工作的意见", "（2019年1月31日）")
    assert [b.text for b in a.body] == ["".join(text)]


def test_a_source_note_under_the_last_paragraph_is_body_not_a_headline():
    # 数据来源：中国银联 once became the title of an article of its own, printed after its body; broken
    # after its colon (数据来源： / 国家统计局), the source's name goes with it across the blank line
    for note in (["数据来源：中国银联"], ["数据来源：", "", "国家统计局"]):
        lines = ["夜市点亮县城经济", "", *NIGHT_MARKET, *note, "", "本版责编：张三 赵六"]
        page = banmian.parse_text("\n".join(lines))
        (a,) = page.articles
        assert a.title == "夜市点亮县城经济"
        assert a.body[-1].text == "".join(note) and not page.unassigned


def test_a_line_opens_a_paragraph_only_past_the_start_threshold(monkeypatch):
    # outside a paragraph, the start model has the last word on text; a heading read as a paragraph loses a
    # headline box, so odds a little above even are not enough on a page long enough to measure its columns
    # (here the model is made to give them); on a short page, whose widths mean less, even odds are
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    assert reflow.START_THRESHOLD > reflow.SHORT_PAGE_START_THRESHOLD + 0.5
    for repeats, th in ((1, reflow.SHORT_PAGE_START_THRESHOLD), (14, reflow.START_THRESHOLD)):
        before = [line for _ in range(repeats) for line in [*wrap(SECTION, 14), ""]]
        pl, _ = reflow._features(text_to_lines("\n".join([*before, "文化流到村子里", "", *wrap(SECTION, 14)])))
        reflow._column_widths(pl)
        at = repeats * len(wrap(SECTION, 14))
        assert pl[at].text == "文化流到村子里"
        assert (len(pl) >= reflow.SHORT_PAGE_LINES) is (repeats == 14)
        for odds, opens in ((th - 0.2, False), (th + 0.2, True), (-1.0, False)):
            monkeypatch.setattr(reflow, "_start_logit", lambda x, odds=odds: odds)
            assert reflow._opens_here(pl, at, True, False) is opens, (repeats, odds)


def test_a_headline_wider_than_the_column_does_not_run_on_from_a_finished_paragraph(monkeypatch):
    # the last line of a paragraph ends a sentence one cell short of its column: the line model may take
    # that for a paragraph running on into the next column (it did on a generated page; here it is made
    # to say so every time), but a line under it wider than that column is a headline across columns
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(reflow, "_pair_logit", lambda x: 5.0)
    body = wrap(
        "在代表团审议时发言的客服部总监是来自甘肃的打工妹她说这座城市博爱包容许多务工人员在这里享受到公共服务融入。", 14
    )
    assert body[-1].endswith("。") and text_width(body[-1]) == 13
    for head, runs_on in (("春到南粤听回声（在新时代中国特色社会", False), ("本地的群众都说这里的服务好", True)):
        pl, _ = reflow._features(text_to_lines("\n".join([*wrap(SECTION, 14), "", *body, "", head])))
        reflow._column_widths(pl)
        para = reflow.Unit("paragraph", pl[-1 - len(body) : -1])
        assert reflow._runs_on_here(pl, len(pl) - 1, para, False, True, False) is runs_on


def test_a_word_broken_across_a_blank_line_runs_on_whatever_the_line_model_says(monkeypatch):
    # 重庆市 / blank / 委网信办 on the seed page: a column jump inside a paragraph's first sentence (the word
    # 市委 across the break); a refitted line model once read the blank as the paragraph's end (made to here)
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(reflow, "_pair_logit", lambda x: -5.0)
    # (with no word across the break, 重庆市 / 近年来, the model still has the last word)
    for below, runs_on in (("委网信办主办的首届川渝互联网辟谣", True), ("近年来，川渝两地网信部门联合开展", False)):
        lines = [
            *wrap(SECTION, 17),
            "",
            "近日，由四川省委网信办、重庆市",
            "",
            below,
            "优秀公益作品征集活动结果出炉，由涪",
        ]
        pl, _ = reflow._features(text_to_lines("\n".join(lines)))
        reflow._column_widths(pl)
        at = len(wrap(SECTION, 17)) + 1  # (blank lines are no lines of ``pl``: a flag of the next)
        assert pl[at].text == below
        para = reflow.Unit("paragraph", [pl[at - 1]])
        assert reflow._runs_on_here(pl, at, para, True, False, False) is runs_on


def test_a_line_where_one_sentence_ends_and_the_next_begins_opens_a_paragraph_whatever_the_model_says(
    monkeypatch,
):
    # 抓发展是最强音和主旋律。当 / 前，…: a refitted start model once read the seed page's line as a heading line
    # (made to here); a sentence that ends inside a line and another that begins is text, never a heading
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(reflow, "_start_logit", lambda x: -5.0)
    for line, opens in (("抓发展是最强音和主旋律。当", True), ("抓发展是最强音和主旋律", False)):
        lines = [*wrap(SECTION, 16), "", line, "前，“坐不得、等不得，敢为、善为”成为"]
        pl, _ = reflow._features(text_to_lines("\n".join(lines)))
        reflow._column_widths(pl)
        at = len(wrap(SECTION, 16))  # (blank lines are no lines of ``pl``: a flag of the next)
        assert pl[at].text == line
        assert reflow._opens_here(pl, at, True, False) is opens


def test_a_run_of_one_line_paragraphs_two_cells_short_is_no_narrower_column():
    # pdftotext style: quotations of a sentence each (16 cells, a mark inside) and a first line, in a column of
    # 18: each a paragraph's first line, its indent lost, under a line that ends a sentence, not a column of 16
    # (where the next paragraph's first line, 16 too, read "full" and went on the paragraph above)
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    text = "各地各部门认真落实党中央决策部署，统筹推进疫情防控和经济社会发展工作，努力把疫情造成的损失降到最低，确保完成全年目标任务，为全面建成小康社会打下坚实基础。"
    full = [text[i : i + 18] for i in range(0, len(text), 18)]
    ones = ["文化都讲缘字，两国源远而流长了。", "文化和民风，是一个国家的名片呀。", "原则没有过时，而且更富有活力了。"]
    ones += ["致辞令人思绪万千，赢得阵阵掌声。", "翠竹与鲜花簇拥，舞台流光溢彩了。", "演员们载歌载舞，展现各地民俗风。"]
    first = "大屏幕上，两国标志性建筑交相辉映"
    assert {len(t) for t in [*ones, first]} == {16} and {len(t) for t in full[:-1]} == {18}
    lines = [*full, *ones, first, *full]
    pl, _ = reflow._features(text_to_lines("\n".join(lines)))
    reflow._column_widths(pl)
    assert {p.col for p in pl} == {18.0}
    units, _ = reflow.reflow(text_to_lines("\n".join(lines)))
    assert any(u.text.startswith(first) for u in units)


def test_a_column_changes_at_the_blank_line_not_among_the_short_lines_above_it():
    # pdftotext style (blank lines at column chunks only): an article in a column of 20 ends on a paragraph's last
    # line a cell short of 16 and a one-line paragraph of 16; the article below, after the blank, is set in 16.
    # Short lines read alike under either width: the column changed over them, and the two, read against 16, ran
    # together as one paragraph (the first "full", the second too)
    long = (
        "习近平强调，明年是中老建交六十周年，两国关系进入承前启后的关键阶段。我们愿同老方一道，推动中老命运共同体建设，"
        "推进发展战略对接，加快中老经济走廊建设，扎实推进铁路、经济园区等大项目合作，促进人文交流，加强在国际和地区事务中的协调和配合。"
    )
    last = [
        "通伦表示，老方还将积极推动老中铁路等",
        "共建“一带一路”重要项目如期竣工，为老经",
        "济发展和民生改善发挥重要作用。",
    ]
    last.append("杨洁篪、王毅、何立峰等参加会见。")
    assert [text_width(t) for t in last] == [18, 20, 15, 16]
    below = "新华社北京1月6日电 记者从有关部门获悉，今年春运期间全国铁路、公路、水路、民航预计发送旅客三十亿人次，各地各部门正抓紧做好服务保障工作。"
    lines = [
        "习近平会见老挝总理",
        "",
        *wrap(long, 20),
        *wrap(long, 20),
        *last,
        "",
        *wrap(below, 16),
        *wrap(SECTION, 16),
    ]
    lines.append("春运服务保障有序")
    top = banmian.parse_text("\n".join(lines)).articles[0]
    assert [b.text for b in top.body[-2:]] == ["".join(last[:3]), last[3]]


def test_a_column_changes_at_a_blank_line_up_to_three_lines_away_from_where_the_widths_put_it():
    # pdftotext style: …原来周小林正 / 在分拣从地里挖出的中国野生百合。 / “野生百合？和我们平时看到的百合有 / 什么不一样？”
    # 游客问道。 / (blank) / a column of 17: the widths put the change three lines before the blank, and the
    # paragraph's last line (16 in a column of 19) read as full in 17, so the quote ran on in it
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    para = "从蜀葵地里回来已近正午。午饭后，周小林又在露台上蹲下身子，忙碌起来。路过的两位游客好奇地凑过来瞧，原来周小林正在分拣从地里挖出的中国野生百合。"
    quote = ["“野生百合？和我们平时看到的百合有", "什么不一样？”游客问道。"]
    below = "“野生百合可是园艺百合的祖先。一百多年前，一些外国人来到中国，将这些岷江百合、泸定百合等中国原生的野生百合采集后，带到欧洲和北美洲。”"
    lines = ["鲜花山谷里的蜀葵人家", "", *wrap(para, 19), *wrap(para, 19), *quote, "", *wrap(below, 17)]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body[1:3]] == [para, "".join(quote)]

    def cols(texts: list[str], at: int, widths: tuple[float, float]) -> list[float]:
        """The columns after ``_change_at_blank``, the widths' pass having changed from the first width to the
        second at line ``at`` (counted among the non-blank lines)."""
        pl, _ = reflow._features(text_to_lines("\n".join(texts)))
        for i, p in enumerate(pl):
            p.col = widths[i >= at]
        reflow._change_at_blank(pl, [at])
        return [p.col for p in pl]

    short = wrap(para, 19)[-1]  # (16 cells)
    early = [*wrap(para, 19), *quote, "", *wrap(below, 17)]
    n = len(wrap(para, 19))
    assert cols(early, n - 1, (19, 17))[n - 1 : n + 2] == [19, 19, 19]  # (three lines short of 19 over the blank)
    assert cols([*wrap(para, 19), "首先", *quote, "", *wrap(below, 17)], n - 1, (19, 17))[n - 1] == 17  # (four)
    wide = [*wrap(para, 19)[:-1], short + "游客", *quote, "", *wrap(below, 17)]
    assert cols(wide, n - 1, (19, 17))[n - 1] == 17  # (a line of 18: not short in 19)
    # the change placed late, after the blank: the lines under it take the column below when they fit it
    late = [*wrap(below, 17), "", *wrap(para, 19)[1:]]
    m = len(wrap(below, 17))
    assert cols(late, m + 2, (17, 19))[m : m + 2] == [19, 19]
    assert cols([*wrap(below, 17), "", *wrap(para, 19)[1:], *wrap(para, 19)], m + 3, (17, 19))[m] == 19  # (three)
    assert cols([*wrap(below, 17), "", *wrap(para, 19)[1:], *wrap(para, 19)], m + 4, (17, 19))[m] == 17  # (four)
    narrow = [*wrap(below, 17), "", *wrap(para, 15)[2:]]  # (lines of 15)
    assert cols(narrow, m + 2, (17, 13))[m : m + 2] == [17, 17]  # (lines wider than the column below)
    assert cols(narrow, m + 2, (17, 15))[m : m + 2] == [15, 15]  # (narrower: each short in the column above)
    assert cols([*wrap(below, 17), "", *wrap(below, 17)[1:]], m + 2, (17, 16.5))[m : m + 2] == [17, 17]


def test_the_box_over_a_kicker_is_the_column_name():
    # a kicker is one box: of two boxes over the title, the upper one names the column (here too long for
    # the short-banner rule), where it had been glued to the kicker
    lines = ["国家勋章和国家荣誉称号获得者", "", "“人民英雄”麦贤得——", "", "钢铁战士传承优良传统", "", *NIGHT_MARKET]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.column, a.kicker, a.title) == (
        "国家勋章和国家荣誉称号获得者",
        "“人民英雄”麦贤得——",
        "钢铁战士传承优良传统",
    )


def test_without_paragraph_blanks_a_short_subhead_line_ends_its_subhead():
    # pdftotext style (no blank line before paragraphs): 吃出绿色 could have held more of a subhead, so the
    # line under it is another subhead; a line stopping on a comma goes on in the next one
    body = [*wrap(SECTION), *wrap("春节期间，不少家庭选择在家做年夜饭，菜量适中，吃多少做多少，剩菜剩饭明显减少。")]
    lines = ["年夜饭新讲究", "", *body, "吃出绿色", "更要吃出健康", *body, "吃剩下扔掉，", "不是年年有余的真谛", *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == [
        "吃出绿色",
        "更要吃出健康",
        "吃剩下扔掉，不是年年有余的真谛",
    ]


def test_without_paragraph_blanks_two_lines_of_four_characters_are_one_subhead():
    # pdftotext style: 守望相助 / 同舟共济 is one subhead broken at its space (人民日报 prints 216 such subheads X Y,
    # and 22 pairs of four-character subheads one after the other), under a speaker's lead-in too; not a pair with
    # more heading lines under it (on the development folders that reading made 7 pages better and 9 worse)
    body = [*wrap(SECTION), *wrap("春节期间，不少家庭选择在家做年夜饭，菜量适中，吃多少做多少，剩菜剩饭明显减少。")]
    lines = ["年夜饭新讲究", "", *body, "守望相助", "同舟共济", *body, "同丰种业公司——", "备齐农资", "送货到家", *body]
    lines += ["计划不变", "施工不变", "重点项目全面复工", *body, "餐桌上的变化", "吃出健康", *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == [
        "守望相助同舟共济",
        "备齐农资送货到家",
        "计划不变",
        "施工不变",
        "重点项目全面复工",
        "餐桌上的变化",
        "吃出健康",
    ]
    assert "同丰种业公司——" in [b.text for b in a.body if b.type == "paragraph"]


def test_without_paragraph_blanks_subhead_lines_no_wrap_could_set_are_two_subheads():
    # pdftotext style: two subheads of two lines each ran together as one.  A subhead of three lines or more is
    # wrapped like a paragraph (its first line indented), so 货车收费标准作了重新核定, stopping two cells short of the
    # column with 各 to come, ends a subhead: the first broken by hand after its comma, the second wrapped at 14
    body = [
        *wrap(SECTION, 14),
        *wrap("春节期间，不少家庭选择在家做年夜饭，菜量适中，吃多少做多少，剩菜剩饭明显减少。", 14),
    ]
    two = ["撤站后，", "货车收费标准作了重新核定", "各地将复核标准，杜绝借机违规", "涨价"]
    one = wrap("规范发布流程，集中精力做好一个区域性政务智慧平台的建设", 14)  # (12, 14, then the rest)
    assert len(one) == 3
    lines = ["高速公路省界收费站撤销", "", "□本报记者 王某", *body, *two, *body, *one, *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == [
        "撤站后，货车收费标准作了重新核定",
        "各地将复核标准，杜绝借机违规涨价",
    ]
    # (three lines set in the column, the first indented, with a comma before the last: a paragraph set bold, see
    # ``test_a_lead_set_in_the_body_column_under_its_title_opens_the_body``; in the records a heading of more than
    # 20 characters is a paragraph)
    assert ("paragraph", "".join(one)) in [(b.type, b.text) for b in a.body]
    # (no subhead ends on a comma: 不少村民配合， / 主动帮助执勤 is one, under a subhead of one line)
    two = ["众志成城打赢阻击战", "不少村民配合，", "主动帮助执勤"]
    lines = ["读者来信谈防疫", "", "□本报记者 王某", *body, *two, *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == [two[0], two[1] + two[2]]


def test_without_paragraph_blanks_who_said_it_is_a_subhead_apart_from_the_heading_over_it():
    # pdftotext style: 亚洲经济体具有很强韧性 / 博鳌亚洲论坛副理事长 周 / 小川 over what he said: the heading, then who
    # says it, an office and a name (broken inside the name, or the name on a line of its own under the office), a
    # subhead apart from it as the records keep it; not a long office and name wrapped at the column's edge
    # (西安某菲生物科 / 技有限公司董事长杨某国: a word across the break; 武汉大学人民医院重症 / 医学科副主任余某: an
    # institution's name over the break)
    body = [*wrap(SECTION, 12), *wrap("疫情使人与人之间的社交距离拉大了，但各国之间的合作更加紧密，共同应对挑战。", 12)]
    heads = [
        ("亚洲经济体具有很强韧性", "博鳌亚洲论坛副理事长 周", "某川"),
        ("推动全球供应链更可持续", "泰国驻华大使", "阿塔育·习某目"),
        ("用光影记录时代新人", "电影导演", "饶某志"),
        ("“特殊时期，更不能辜负大家期待”", "本报驻俄罗斯记者", "刘 某"),
        ("武汉大学人民医院重症", "医学科副主任余某"),
        ("西安某菲生物科", "技有限公司董事长杨某国"),
        ("湖南省耒阳市长坪乡马", "形村第一书记谢某军"),
    ]
    lines = ["国际人士谈合作", "", "□本报记者 王某", *body, *(x for h in heads for x in (*h, *body))]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    # (the first four: the heading, then who says it; the last three: one subhead each)
    said = [x for h in heads[:4] for x in (h[0], "".join(h[1:]))]
    assert [b.text for b in a.body if b.type == "subhead"] == said + ["".join(h) for h in heads[4:]]


def test_without_paragraph_blanks_who_someone_is_and_their_name_with_a_colon_is_a_line_of_its_own():
    # pdftotext style: 直播带货达人陈小丽： / 二次就业，销售枇杷 over what she said: who speaks and a colon, a paragraph
    # of its own as the records keep it, the heading under it a subhead; not a label (症状：, 创业史作者：), a name
    # alone (冯胜明：, which heads a hero's story) nor a heading's first line ending on a name with no colon
    body = [*wrap(SECTION, 12), *wrap("疫情使人与人之间的社交距离拉大了，但各国之间的合作更加紧密，共同应对挑战。", 12)]
    heads = [
        ("直播带货达人陈某丽：", "二次就业，销售枇杷"),
        ("互联网养老护理员高某雪：", "手机接单，上门服务"),
        ("症状：", "脂肪和体重增加"),
        ("创业史作者：", "柳某"),
        ("冯某明：", "让医疗队吃口热乎饭"),
        ("村里来了个好书记陈某丽", "带领乡亲奔小康"),
    ]
    lines = ["稳就业有新招", "", "□本报记者 王某", *body, *(x for h in heads for x in (*h, *body))]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [(b.type, b.text) for b in a.body if len(b.text) < 20] == [
        ("paragraph", "直播带货达人陈某丽："),
        ("subhead", "二次就业，销售枇杷"),
        ("paragraph", "互联网养老护理员高某雪："),
        ("subhead", "手机接单，上门服务"),
        ("subhead", "症状：脂肪和体重增加"),
        ("subhead", "创业史作者：柳某"),
        ("subhead", "冯某明：让医疗队吃口热乎饭"),
        ("subhead", "村里来了个好书记陈某丽带领乡亲奔小康"),
    ]


def test_a_first_line_at_a_columns_foot_goes_on_in_a_wider_column():
    # pdftotext -raw: 日益严峻的人口老龄 (two cells short of its column of 11: the lost indent) / 化问题给韩国经济和社会发展
    # 带来沉重负 (18 cells): a paragraph's first line at the foot of a column, the paragraph going on in a wider one: one
    # paragraph, not a subhead over one; not a line over lines only two cells wider than its column, nor one that
    # stops short of its column by more than the indent (with a blank line under it too, at a column's jump in
    # pdfminer's text: 3 more development pages better, none worse)
    narrow = wrap(
        "根据联合国定义，当一个国家或地区65岁以上老年人口数量占总人口比例超过百分之十四时，即进入老龄社会。"
        "分析人士认为，未来10年韩国面临的最重要问题仍将是低生育率和老龄化问题。",
        11,
    )
    rest = "给韩国经济和社会发展带来沉重负担。低生育率及老龄化相互作用，导致劳动年龄人口减速加快，社会负担日益加重。"

    def body(first: str, text: str, width: int) -> list[tuple[str, str]]:
        lines = ["韩国人口老龄化加剧", "", "□本报记者 王某", *narrow, first]
        lines += [text[i : i + width] for i in range(0, len(text), width)]
        (a,) = banmian.parse_text("\n".join(lines)).articles
        return [(b.type, b.text) for b in a.body]

    assert body("日益严峻的人口老龄", "化问题" + rest, 18)[-1] == ("paragraph", "日益严峻的人口老龄化问题" + rest)
    assert ("subhead", "日益严峻的人口问题") in body("日益严峻的人口问题", rest, 13)
    assert ("subhead", "人口问题日益严峻") in body("人口问题日益严峻", rest[1:], 14)
    # (nor a heading over a paragraph that opens on its own first line, a cell or two short: the next article's title)
    from banmian.reconstruct.assemble import _first_lines_back
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    def units(lines: list[str]) -> list:
        return reflow(text_to_lines("\n".join(lines)))[0]

    for below, one in (([rest[i : i + 18] for i in range(0, len(rest), 18)], True), (wrap(rest, 18), False)):
        read = [*units(narrow), *units(["日益严峻的人口问题"]), *units(below)]
        assert [u.kind for u in read] == ["paragraph", "heading", "paragraph"]
        assert len(_first_lines_back(read)) == (2 if one else 3)


def test_without_paragraph_blanks_a_subhead_broken_at_its_space_is_told_by_its_shape():
    # pdftotext style: 守望相助 / 同舟共济 stops short like 吃出绿色 / 吃出健康, but the article prints another
    # subhead of that shape on one line (初心如磐 使命在肩): one subhead broken at its space; so is an ordinal
    # alone on its line (第一章 / 总则)
    body = [
        *wrap(SECTION, 12),
        *wrap("春节期间，不少家庭选择在家做年夜饭，菜量适中，吃多少做多少，剩菜剩饭明显减少。", 12),
    ]
    lines = ["同心战疫", "", "□本报记者 王某", *body, "初心如磐 使命在肩", *body, "守望相助", "同舟共济", *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == ["初心如磐 使命在肩", "守望相助同舟共济"]
    lines = ["某某条例", "", *body, "第一章", "总则", *body, "第二章", "组织设置", *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == ["第一章总则", "第二章组织设置"]


def test_without_paragraph_blanks_a_deputy_under_his_office_ends_the_line_over_what_he_said():
    # 贵州大学校长宋宝安代表 / 科技扶贫促绿色兴农 (pdftotext -raw, the line full): who speaks, then the heading of
    # what he said, two lines apart; 卢展工参加医卫界委员 / 小组讨论 is one heading broken after 委员
    body = [
        *wrap(SECTION, 12),
        *wrap("春节期间，不少家庭选择在家做年夜饭，菜量适中，吃多少做多少，剩菜剩饭明显减少。", 12),
    ]
    lines = ["代表委员议民生", "", "□本报记者 王某", *body, "贵州大学校长宋某安代表", "科技扶贫促绿色兴农", *body]
    lines += ["卢某工参加医卫界委员", "小组讨论", *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == [
        "贵州大学校长宋某安代表",
        "科技扶贫促绿色兴农",
        "卢某工参加医卫界委员小组讨论",
    ]


def test_a_short_unfinished_line_under_a_heading_line_is_its_second_line():
    # 推动“守护网”链接“服务窗” / 构建网上网下同心圆 on the seed page: the line model, refitted, once took the
    # second line for a paragraph of one line (and the article split there); a finished sentence stays one
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    for second, kind in (("构建网上网下同心圆", "heading"), ("这是一句话。", "paragraph")):
        pl, _ = reflow._features(text_to_lines("\n".join(["推动“守护网”链接“服务窗”", second, "", *wrap(SECTION)])))
        reflow._column_widths(pl)
        units = [
            reflow.Unit("heading", pl[:1]),
            reflow.Unit("paragraph", pl[1:2]),
            reflow.Unit("paragraph", pl[2:], True),
        ]
        assert [u.kind for u in reflow._second_heading_lines(units)] == ["heading", kind, "paragraph"]


def test_a_titles_column_tag_broken_onto_its_own_line_stays_in_the_title():
    # （国际视点） under its title once read as a parenthetical paragraph: the article split in two there
    lines = ["东南亚国家逐步“解封”", "（国际视点）", "", "□本报记者 陈琦娟", "", *NIGHT_MARKET]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.title == "东南亚国家逐步“解封”（国际视点）" and a.authors == ["陈琦娟"]
    assert [b.text for b in a.body][0].startswith("夜市经济")


def test_a_reprints_dateline_opens_a_paragraph_under_its_headline():
    # 据新华社努尔苏丹1月6日电 had run on from a headline above it whose lines were as wide as their column
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    assert P.opens_with_dateline("据新华社努尔苏丹1月6日电 （记者张继业）据哈通社6日报道")
    assert not P.opens_with_dateline("据统计，全国春运客流")
    lines = [
        "72小时过境免签政策",
        "",
        "据新华社努尔苏丹1月6日电 （记者张继",
        "业）据哈萨克斯坦通讯社6日报道，",
        "据新华社努尔苏",
        "丹1月6日电 （记者）",
    ]
    pl, _ = reflow._features(text_to_lines("\n".join(lines)))
    assert [reflow.opens_dateline(pl, i) for i in range(len(pl))] == [False, True, False, True, False]


def test_a_short_unfinished_block_read_as_headline_keeps_its_boxes_apart():
    # 就中蒙建交70周年 / (blank) / 习近平同蒙古国总统巴特 / 图勒嘎互致贺电 had been read as one paragraph,
    # turned into one heading: the blank line between kicker and title was lost with it
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    pl, _ = reflow._features(
        text_to_lines("\n".join(["就中蒙建交70周年", "", "习近平同蒙古国总统巴特", "图勒嘎互致贺电"]))
    )
    reflow._column_widths(pl)
    heads = reflow._heading_if_unfinished(reflow.Unit("paragraph", pl))
    assert [(u.kind, u.text, u.blank_before) for u in heads] == [
        ("heading", "就中蒙建交70周年", False),
        ("heading", "习近平同蒙古国总统巴特", True),
        ("heading", "图勒嘎互致贺电", False),
    ]


def test_a_byline_broken_before_a_names_last_character_and_a_reporters_column_name():
    # □本报记者 黎荷英 尹莎 / 思: the name's last character alone on the next line; 记者手记 names a column
    lines = ["夜市点亮县城经济", "", "□本报记者 黎荷英 尹莎", "思", "", *NIGHT_MARKET]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.authors == ["黎荷英", "尹莎思"]
    assert P.names_in("记者手记") == [] and P.names_in("本报记者 高琴 观察") == ["高琴"]


_LEAN_BODY = (
    "本报北京3月2日电 （记者林川）过紧日子，不是一时之需，而是长久之策。财政部门要把过紧日子的要求落到实处，"
    "建立健全制度保障，让每一分钱都花在刀刃上。"
)


def test_without_blank_lines_a_column_name_over_the_title_is_its_own_box():
    # pdftotext -raw: 财经观 and the title were read as one box.  A column name is not about the article under
    # it, while the title's words come back in the body: the box model reads how much of each line the body echoes
    body = wrap(_LEAN_BODY, 16) + wrap("各级预算单位要严格控制一般性支出，把节省下来的资金用于保障民生。", 16)
    (a,) = banmian.parse_text("\n".join(["财经观", "过紧日子须有制度保障", *body])).articles
    assert (a.column, a.title) == ("财经观", "过紧日子须有制度保障")


def test_the_box_model_reads_the_body_echo_of_each_headline_line():
    from banmian.reconstruct.assemble import BOX_FEATURES, bigrams, box_features, read_page

    units = read_page(
        banmian.sources.text.text_to_lines("财经观\n过紧日子须有制度保障\n" + "\n".join(wrap(_LEAN_BODY)))
    )[0]
    heads = [u for u in units if u.kind == "heading"]
    x = box_features(heads, 1, bigrams(_LEAN_BODY))
    assert len(x) == len(BOX_FEATURES)
    first, second = BOX_FEATURES.index("first_echoed_by_body"), BOX_FEATURES.index("second_echoed_by_body")
    assert x[first] == 0.0 and x[second] > 0.5


def test_without_blank_lines_a_name_under_the_body_closes_the_article_above():
    # pdftotext -raw: nothing sets the reporter's name apart from the next article's headline under it, and
    # the name was read as a headline line (the title of the article below)
    lines = [
        "港口码头投入试运行",
        *wrap(_ABOVE, 16),
        "陈菲苑",
        "课后服务让孩子们动起来",
        *wrap("春季学期开学以来，全市中小学陆续恢复课后服务，校园里又热闹起来，家长们说孩子的精神头足了。", 16),
    ]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert first.authors == ["陈菲苑"] and first.title == "港口码头投入试运行"
    assert second.title == "课后服务让孩子们动起来" and not second.authors


def test_a_dateline_with_a_space_before_its_date_still_opens_the_article():
    # print leaves a space between a CJK character and a figure at times (本报北京 1月7日电): the dateline went
    # unseen, and with it the article's start and its reporter
    assert P.dateline_authors("本报北京 1月7日电 （记者王观）国家外汇管理局") == ["王观"]
    assert P.dateline_authors("本报北京 1 月 3日电 （记者徐隽）全国宣传部长会议") == ["徐隽"]
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), "我国外储规模达3.1万亿美元"]
    lines += wrap(
        "本报北京 1月7日电 （记者王观）国家外汇管理局7日公布的外汇储备规模数据显示，外汇储备规模稳中有升。", 16
    )
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert second.title == "我国外储规模达3.1万亿美元" and second.authors == ["王观"]


def test_without_blank_lines_a_heading_run_together_is_read_line_by_line():
    # pdftotext -raw: a title, its ——subtitle and 核心阅读 ran together into one heading of three lines, which
    # became the title; each line is asked about on its own, and the label opens the body
    body = wrap(
        "近年来，体育产业迎来良好发展机遇，产业链条上各环节的产出都在增加，发展好年景来之不易，更需勤耕耘。", 12
    )
    body += wrap("业内人士认为，体育产业要抓住机遇，在提升质量上下功夫。", 12)
    (a,) = banmian.parse_text(
        "\n".join(["赶上好年景 也需勤耕耘", "——体育产业怎么看（中）", "核心阅读", *body])
    ).articles
    assert (a.title, a.subtitle) == ("赶上好年景 也需勤耕耘", "——体育产业怎么看（中）")
    assert a.body[0].text == "核心阅读"


def test_the_boundary_model_sees_whether_a_byline_carries_the_article_mark():
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct import group_model
    from banmian.sources.text import text_to_lines

    body = ["记者走进社区，看到居民们正忙着准备年货，", "街道两旁挂起了红灯笼。", ""]

    def marked(byline: str) -> float:
        text = "\n".join([*body * 3, "春风吹暖小山村", "", byline, "", *body * 3])
        _, _, runs, groups, blanks = A.read_page(text_to_lines(text))
        (gi,) = [i for i, g in enumerate(groups) if any(u.kind == "byline" for u in g.units)]
        x = A.group_features(runs, groups, gi, 0, blanks)
        return x[group_model.GROUP_FEATURES.index("marked_byline")]

    assert marked("□本报记者 张三") == 1 and marked("本报记者 张三") == 0


def test_a_headline_line_that_starts_with_reporter_is_no_byline():
    # 记者 run on into words (no space, five characters or more) opens a sentence or a headline line, not
    # a byline: the middle line of this title stays in it
    assert not P.is_byline("记者新年招待会") and not P.is_byline("记者从中国疾控中心")
    assert P.is_byline("本报记者杜一菲") and P.is_byline("记者欧阳洁") and P.is_byline("□本报记者 何春阳 王 勇")
    body = ["记者走进社区，看到居民们正忙着准备年货，", "街道两旁挂起了红灯笼。", ""]
    head = ["2020年外国驻华", "记者新年招待会", "在京举行"]
    dateline = ["本报北京1月13日电 （记者白阳）外交部与", "北京市人民政府13日在中国美术馆联合举", "办招待会。", ""]
    # (the report's own body: the one above repeated word for word reads as another section of its article)
    below = ["各国驻华记者应邀出席，一同欣赏文艺演出，", "共迎新春佳节。", ""]
    text = "\n".join(["春风吹暖小山村", "", *body * 3, *head, "", *dateline, *below * 2])
    page = banmian.parse_text(text)
    assert [a.title for a in page.articles] == ["春风吹暖小山村", "".join(head)]
    assert page.articles[1].byline is None


def test_a_heading_line_goes_on_past_a_closing_quote_or_a_word_across_the_break():
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    body = ["记者走进社区，看到居民们正忙着准备年货，", "街道两旁挂起了红灯笼。", ""]
    # a narrow column (ten cells): the heading's short second line is as wide as a full body line
    narrow = ["一家医疗企业创始于", "一九九一年，是知名的", "医疗设备和方案供应商。", "守护健康是研发的源动"]
    narrow += ["力。多年来，企业坚持用", "科技创新践行社会责任，", "努力实现经济效益和社", "会效益双丰收。", ""]
    for head, rest in ((["“我们一定会", "胜利!”"], body), (["迈瑞医疗 践行社会责", "任 勇于担当作为"], narrow)):
        units, _ = reflow(text_to_lines("\n".join(["2020年1月6日 星期一  晨报  文化  10", "", *head, "", *rest * 3])))
        assert [(u.kind, u.text) for u in units[:2]] == [("heading", head[0]), ("heading", head[1])]


def test_the_boundary_model_sees_a_columns_name_a_box_over_the_headline():
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct import group_model
    from banmian.sources.text import text_to_lines

    body = ["记者走进社区，看到居民们正忙着准备年货，", "街道两旁挂起了红灯笼。", ""]

    def column_over_title(*head: str) -> float:
        text = "\n".join([*body * 3, *head, "", *body * 3])
        _, _, runs, groups, blanks = A.read_page(text_to_lines(text))
        (gi,) = [i for i, g in enumerate(groups) if any("春风" in u.text for u in g.units)]
        x = A.group_features(runs, groups, gi, 0, blanks)
        return x[group_model.GROUP_FEATURES.index("column_name_over_title")]

    assert column_over_title("金台论道", "", "春风吹暖小山村") == 1
    assert column_over_title("金台论道", "春风吹暖小山村") == 0  # one box: a two-line subhead reads so
    assert column_over_title("家家户户贴春联", "", "春风吹暖小山村") == 0


# pdftotext -raw: no blank line anywhere, in a column 11 cells wide
_RAW_ABOVE = wrap(_ABOVE, 11)
_RAW_BODY = wrap(
    "春季学期开学以来，全市中小学陆续恢复课后服务，校园里又热闹起来，不少学校把体育活动排进下午的课后时段。", 11
) + wrap("学生们在操场上跑步、跳绳、踢球，家长们说孩子的精神头足了，老师们也觉得课堂上更有活力了。", 11)


def test_a_dash_subtitle_under_its_title_is_a_heading_without_blank_lines():
    # pdftotext -raw: ——再读… / …③ under the title read as a short paragraph (the line model took its first line
    # for a paragraph's), and the article lost its title and subtitle to the one above
    head = ["课后服务让校园热闹起来", "——再读全市中小", "学校长的倡议书③", "□本报记者 林川"]
    page = banmian.parse_text("\n".join(["港口码头投入试运行", *_RAW_ABOVE, *head, *_RAW_BODY]))
    a = page.articles[-1]
    assert (a.title, a.subtitle) == ("课后服务让校园热闹起来", "——再读全市中小学校长的倡议书③")


def test_a_line_the_extractor_set_in_with_a_space_is_no_body_text_without_blank_lines():
    # pdftotext -raw keeps the space before a centred column name: after the closing （本报…电） it ran on in that
    # paragraph, and the title under it with it
    head = [" 校园新风·课后服务", "让孩子们在校园里动起来"]
    page = banmian.parse_text("\n".join(["港口码头投入试运行", *_RAW_ABOVE, "（本报北京3月1日电）", *head, *_RAW_BODY]))
    a = page.articles[-1]
    assert (a.column, a.title) == ("校园新风·课后服务", "让孩子们在校园里动起来")


_SORTING = "垃圾分类推行一年来，小区里的分类投放点整洁了许多，居民们也渐渐养成了习惯，志愿者说现在劝导的时候少了。"
_SORTING_2 = "社区工作人员介绍，下一步将增设回收点，方便居民投放大件垃圾。"


def test_a_dash_subtitle_read_as_a_paragraph_under_its_title_is_the_subtitle():
    # a headline printed after its body: its ——subtitle broken over a short line and a full one was read as
    # a paragraph, which opened an untitled article of its own
    body = [*wrap(_SORTING, 12), "", *wrap(_SORTING_2, 12), "", "（本报记者林川）"]
    lines = [*body, "", "垃圾分类渐成新时尚", "", "——市民代表评社区", "推行垃圾分类的“新风尚”"]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.title, a.subtitle) == ("垃圾分类渐成新时尚", "——市民代表评社区推行垃圾分类的“新风尚”")
    assert a.body[-1].text == "（本报记者林川）"


def test_a_title_that_exclaims_over_its_dash_subtitle_is_no_paragraph():
    # 这个时候，必须往前冲！ / ——走近四位…: a line of its own ending on ！ right over a ——subtitle is the
    # title, not the last paragraph of the article above
    body = [*wrap(_SORTING, 14), "", *wrap(_SORTING_2, 14)]
    lines = [*_page_above(14), "", "这个时候，必须往前冲！", "", "——走近四位社区志愿者", "", "本报记者 林川", "", *body]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in first.body] == [_ABOVE]
    assert (second.title, second.subtitle) == ("这个时候，必须往前冲！", "——走近四位社区志愿者")


def test_a_dotted_title_over_a_dash_subtitle_is_no_series_name():
    # 高站位·广视角·融媒态 / ——数说…: the middle dots once made the title a column name, and the ——subtitle
    # the title
    (a,) = banmian.parse_text(
        "\n".join(["高站位·广视角·融媒态", "", "——数说县城夜市的新变化", "", *NIGHT_MARKET])
    ).articles
    assert (a.column, a.title, a.subtitle) == (None, "高站位·广视角·融媒态", "——数说县城夜市的新变化")


def test_a_box_under_a_dash_subtitle_opens_the_body():
    # a pull quote set under the ——subtitle, before the body, ran on into the subtitle
    quote = wrap("垃圾分类是新时尚，更是一场需要每个人参与的持久战，贵在坚持", 18)
    lines = ["垃圾分类渐成新时尚", "", "——来自社区一线的观察③", "", *quote, "", *NIGHT_MARKET]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.title, a.subtitle) == ("垃圾分类渐成新时尚", "——来自社区一线的观察③")
    assert a.body[0].text == "".join(quote)


def test_no_article_boundary_after_a_headline_line_ending_on_an_enumeration_comma(monkeypatch):
    # pdftotext style (no blank line between paragraphs): the split model once cut a two-line ——subtitle after
    # its line ending on 、 (here it is made to ask for that cut)
    from banmian.reconstruct import assemble

    real = assemble._split_logit
    monkeypatch.setattr(
        assemble, "_split_logit", lambda g, k, *a: 60.0 if k == 3 and len(g.units) == 5 else real(g, k, *a)
    )
    above = wrap("港口方面表示，今年还将新建两个泊位，进一步提升吞吐能力，带动周边物流产业发展。", 14)
    head = ["坚定信心守初心", "同舟共济筑防线", "", "——各部门贯彻落实重要讲话、", "重要指示精神做好社区服务工作"]
    body = [*wrap(_SORTING, 14), *wrap(_SORTING_2, 14)]
    lines = [*_page_above(14), *above * 12, "", *head, "", "□本报记者 林川", "", *body]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert (second.title, second.subtitle) == ("坚定信心守初心同舟共济筑防线", "".join(head[3:]))


def test_without_blank_lines_a_box_under_a_dash_subtitle_opens_the_body():
    # pdftotext -raw: a pull quote under the ——subtitle ran on into it; a ——subtitle too short to stand
    # alone (——写在夜市) goes on in the next line
    body = wrap("夜市经济成为县城消费的新亮点，地方政府完善配套设施，商户延长营业时间，消费者的选择更加丰富。")
    body += wrap("傍晚时分，县城广场上的夜市摊位陆续亮灯，烧烤、小吃、手工艺品摊前人头攒动，十分热闹。")
    for sub in (["——来自县城一线的观察③"], ["——写在夜市", "开张一周年之际"]):
        lines = ["夜市点亮县城经济", *sub, "烟火气回来了，县城的夜晚", "也热闹起来了", *body]
        (a,) = banmian.parse_text("\n".join(lines)).articles
        assert (a.title, a.subtitle) == ("夜市点亮县城经济", "".join(sub))
        assert a.body[0].text.startswith("烟火气回来了")


def test_a_heading_under_a_continued_from_marker_is_the_articles_first_subhead():
    # a headline printed again over the part continued from page one, then （上接第一版）, then a subhead: the
    # subhead once opened an article of its own, and the headline had no body
    body = [*wrap(_SORTING, 14), "", *wrap(_SORTING_2, 14)]
    head = ["垃圾分类渐成新时尚", "", "——来自社区一线的观察"]
    lines = [*_page_above(14), "", "本报记者 林川", "", *head, "", "（上接第一版）", "", "51万", "", *body]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert (second.title, second.subtitle) == ("垃圾分类渐成新时尚", "——来自社区一线的观察")
    assert [b.text for b in second.body][:2] == ["51万", "".join(wrap(_SORTING, 14))]
    assert second.continued_from is not None


def test_a_dash_subtitle_run_on_into_the_first_paragraph_ends_where_its_words_close():
    # no blank line between a ——subtitle and the body, and the line model ran the subtitle's lines into the
    # first paragraph: they end where the words close (…与 leaves a word dangling: it goes on) and the next
    # line starts short, a first line's indent
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    sub = ["——访市环卫集团职工与", "社区垃圾分类志愿者代表"]
    body = wrap(_SORTING, 12)
    pl, _ = reflow._features(text_to_lines("\n".join(["垃圾分类渐成新时尚", *sub, *body])))
    reflow._column_widths(pl)
    title, para = reflow.Unit("heading", pl[:1], True), reflow.Unit("paragraph", pl[1:], True)
    out = reflow._headings_before_datelines([title, para])
    assert [(u.kind, u.text) for u in out] == [
        ("heading", "垃圾分类渐成新时尚"),
        ("heading", sub[0]),
        ("heading", sub[1]),
        ("paragraph", "".join(body)),
    ]


def test_pull_quotes_over_a_body_whose_headline_is_printed_after_it_open_the_body():
    # a commentary: two pull quotes over the body, the title and its ——subtitle after it; the quotes were read
    # as the headline of another article, cut off the body's start
    quotes = [
        "只有把分类习惯融入日常，垃圾分类才能从",
        "“新时尚”变成好习惯",
        "",
        "有了志愿者的耐心劝导，居民们",
        "分得更准、投得更快",
    ]
    body = [*wrap(_SORTING, 16), "", *wrap(_SORTING_2, 16), "", *wrap(SECTION, 16)]
    tail = ["林川", "", "垃圾分类渐成新时尚", "", "——来自社区一线的观察③"]
    for byline in ([], ["□本报记者 林川", ""]):  # (a byline over the quotes stays the article's)
        (a,) = banmian.parse_text("\n".join([*byline, *quotes, "", *body, "", *tail])).articles
        assert (a.title, a.subtitle) == ("垃圾分类渐成新时尚", "——来自社区一线的观察③")
        assert [b.text for b in a.body][:2] == ["".join(quotes[:2]), "".join(quotes[3:])]


def test_a_role_word_run_on_into_a_sentence_is_no_byline():
    # 记者从全国人大常委会办公 / 厅了解到…: a paragraph's first line opening on 记者 once read as a byline, which
    # cut the article in two
    assert not P.is_byline("记者从全国人大常委会办公")
    assert (
        P.is_byline("□本报记者 林川") and P.is_byline("本报记者欧阳晓娟") and P.is_byline("本报记者 张三 通讯员 李四")
    )
    para = wrap("记者从全国人大常委会办公厅了解到，目前代表议案已办理完毕，建议所提问题得到解决或计划逐步解决。", 14)
    assert para[0] == "记者从全国人大常委会办公"
    lines = ["人大代表履职尽责", "", *wrap(_SORTING, 14), "", *para, "", *wrap(_SORTING_2, 14)]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.title == "人大代表履职尽责" and len(a.body) == 3 and not a.byline


def test_a_quoted_title_and_dash_subtitle_after_a_finished_paragraph_do_not_run_on_in_it(monkeypatch):
    # an interview's headline printed after its body: “…” after the last paragraph's closing quote, a blank line
    # between, ran on in that paragraph (the line model read a column jump there; here it is made to say so
    # every time); so would a ——line.  A sentence's line with a stop inside still may.
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(reflow, "_pair_logit", lambda x: 5.0)
    body = wrap("他说：“社区的变化一年比一年大，我们有充分理由相信，垃圾分类将取得更多成果。”", 14)
    assert text_width(body[-1]) == 13
    for line, runs_on in (
        ("“垃圾分类将取得更多成果”", False),
        ("——访市环卫集团负责人林川", False),
        ("“我们说，好”", True),
    ):
        pl, _ = reflow._features(text_to_lines("\n".join([*wrap(SECTION, 14), "", *body, "", line])))
        reflow._column_widths(pl)
        para = reflow.Unit("paragraph", pl[-1 - len(body) : -1])
        assert reflow._runs_on_here(pl, len(pl) - 1, para, False, True, False) is runs_on


def test_no_article_boundary_right_before_an_attendance_line(monkeypatch):
    # 人大常委会举行第五十四次委员长会议 / 栗战书主持, printed after its body, then the next article's headline: the
    # split model once cut between the title and its 栗战书主持 (here it is made to ask for that cut first,
    # and for the cut under 林川主持 next)
    from banmian.reconstruct import assemble

    real = assemble._split_logit
    asked = {1: 60.0, 2: 30.0}
    monkeypatch.setattr(
        assemble, "_split_logit", lambda g, k, *a: asked[k] if k in asked and len(g.units) == 4 else real(g, k, *a)
    )
    head = ["市人大常委会举行主任会议", "", "林川主持", "", "垃圾分类渐成新时尚", "", "——来自社区一线的观察"]
    body = [*wrap("本报讯 （记者林川）" + _SORTING, 14), "", *wrap(_SORTING_2, 14)]
    page = banmian.parse_text("\n".join([*wrap(_ABOVE, 14), "", *head, "", *body]))
    first, second = page.articles
    assert (first.title, first.subtitle) == ("市人大常委会举行主任会议", "林川主持")
    assert (second.kicker, second.title) == (None, "垃圾分类渐成新时尚")


def test_a_meeting_headline_over_its_attendance_line_is_no_paragraph():
    # 李克强主持召开…会议 / 要求… ran together into a 'paragraph' of three lines with no stop anywhere, over
    # 王沪宁出席, （上接第一版） and the dateline: it is the headline's kicker and title
    head = ["市长主持召开市政府常务会议", "部署夏粮收购和防汛工作要求压", "实各方责任确保粮食安全"]
    body = wrap("本报讯 （记者林川）市政府常务会议2日召开，会议部署夏粮收购和防汛工作。", 14)
    lines = [*_page_above(14), "", *head, "", "林川出席", "", "（上接第一版）", "", *body]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in first.body] == [_ABOVE]
    assert "".join(filter(None, (second.kicker, second.title))).replace(" ", "") == "".join(head)
    assert second.subtitle == "林川出席" and second.body[0].text.startswith("本报讯")


def test_a_group_holding_a_title_and_its_dash_subtitle_is_no_subhead(monkeypatch):
    # a headline printed after its body (column, title, ——subtitle) and the next one's (column, title) in one
    # group: the group model once read the five lines as a subhead, one article for both bodies (here it is
    # made to)
    from banmian.reconstruct import assemble

    monkeypatch.setattr(assemble, "_learned_sub_score", lambda *a: 50.0)
    body = [*wrap(_SORTING, 14), "", *wrap(_SORTING_2, 14)]
    head = ["社区新风", "", "“垃圾分类将取得更多成果”", "", "——来自社区一线的观察", "", "钟声", "", "夜市点亮县城经济"]
    page = banmian.parse_text("\n".join([*_page_above(14), "", *body, "", *head, "", *NIGHT_MARKET]))
    assert [(a.title, a.subtitle) for a in page.articles][-2:] == [
        ("“垃圾分类将取得更多成果”", "——来自社区一线的观察"),
        ("夜市点亮县城经济", None),
    ]


@pytest.mark.parametrize("label", ["核心阅读", "内容提要", "开栏的话", "编者按：本版今起推出系列报道。"])
def test_a_group_over_a_lead_label_opens_an_article(monkeypatch, label):
    # 核心阅读 heads an article's body: the group over it holds that article's headline, even where the group
    # model is sure of a subhead (here it is made to)
    from banmian.reconstruct import assemble

    monkeypatch.setattr(assemble, "_learned_sub_score", lambda *a: 50.0)
    above = "社区志愿者每天为居民测量体温、登记信息，帮助独居老人采购生活用品，居民们纷纷点赞。"
    lead = "疫情防控期间，哪些措施可以依法采取？拒绝隔离会承担什么责任？记者采访了法律专家。"
    below = "疫情就是命令，防控就是责任。各级政府依法采取的紧急措施，公民、法人和其他组织应当予以配合。"
    lines = ["社区防控，我们在行动", "", *wrap(above, 16), ""]
    lines += ["疫情防控，", "这些法规当落实", "", label, "", *wrap(lead, 16), "", *wrap(below, 16)]
    arts = banmian.parse_text("\n".join(lines)).articles
    assert [a.title for a in arts] == ["社区防控，我们在行动", "疫情防控，这些法规当落实"]


def test_a_lead_label_under_an_editors_note_stays_in_its_article():
    # …——编 者 closes an editor's note printed at the head of the body; 核心阅读 under it, with no headline between,
    # goes on the same article (the rule above asks of heading groups, not of a label met inside a run)
    note = "本版今起推出系列报道，讲述各地推进文化建设的新探索、新经验，敬请关注。"
    lead = "坚持创造性转化、创新性发展，是繁荣文艺创作的必由之路，也是当代作家艺术家的重要课题。"
    below = "一部人类文明史，就是各种文明交流互鉴的历史。中华优秀传统文化源远流长，滋养着一代代创作者。"
    lines = ["融会贯通 美美与共", "", *wrap(note, 16), "", "——编 者", "", "核心阅读", "", *wrap(lead, 16)]
    arts = banmian.parse_text("\n".join([*lines, "", *wrap(below, 16)])).articles
    assert len(arts) == 1 and [b.text for b in arts[0].body][2:] == ["核心阅读", lead, below]


def test_a_credit_broken_over_heading_lines_of_a_headline_is_no_box_of_it():
    # 版式设计 / 蔡华伟 between a photo feature's title and its photographers' names was read as the title, the title as
    # a kicker: the credit closes the body; a title's last line over a speech's date (…的报告 / ——2020年5月22日, a
    # signature's shape) stays the title, the date and occasion its subtitle
    body = "社区志愿者每天为居民测量体温、登记信息，帮助独居老人采购生活用品，居民们纷纷点赞。"
    text = wrap(body, 16) + [""] + wrap("记者在社区看到，志愿者们分工协作，把生活物资一一送到居民家门口。", 16)
    for head in (
        ["来自疫情防控一线的报道", "", "战“疫”一", "线的青春影像", "", "版式设计", "蔡华伟", "", "黎芬馥 曾澜"],
        ["战“疫”一线的青春影像", "", "版式设计", "蔡华伟"],
    ):
        (art,) = banmian.parse_text("\n".join([*head, "", *text])).articles
        assert (art.kicker, art.title) == (None, "战“疫”一线的青春影像")
        assert art.body[-1].text == "版式设计蔡华伟"
    head = ["关于2019年社区志愿服务工作情况与", "2020年社区志愿服务工作计划的报告", "", "——2020年5月22日"]
    head += ["在社区居民代表大会上", "", "各位代表：", ""]
    (art,) = banmian.parse_text("\n".join([*head, *text])).articles
    assert art.title == "关于2019年社区志愿服务工作情况与2020年社区志愿服务工作计划的报告"
    assert art.subtitle == "——2020年5月22日在社区居民代表大会上"


def test_a_two_line_exclaiming_title_and_a_dash_subtitle_stopping_on_a_comma_are_headline_lines():
    # 致敬！逆行的“白衣 / 战士”！ over ——…纪实之二 was read as a paragraph; so was ——一些国家政要、前政要、 over
    # the rest of its subtitle (a heading line right under it)
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    body = wrap(_SORTING, 14)
    for head in (
        ["致敬！逆行的“白衣", "战士”！", "", "——社区防控一线纪实之二"],
        ["垃圾分类渐成新时尚", "", "——一些社区干部、志愿者、", "居民代表谈垃圾分类带来的新变化和新风尚"],
    ):
        units, _ = reflow(text_to_lines("\n".join([*wrap(_ABOVE, 14), "", *head, "", "□本报记者 林川", "", *body])))
        kinds = [(u.kind, u.text) for u in units]
        assert [t for k, t in kinds if k == "heading"] == [t for t in head if t], kinds


def test_a_short_box_naming_who_acts_or_when_is_a_kicker_not_a_column():
    # a short first box over a title is most often a column's name (微观), but 全国妇联 / 三部门公告 / 一季度末 /
    # 最高检: name who acts or when: kickers
    body = wrap(
        "本报北京2月18日电 （记者李昌禹）近日，全国妇联决定，追授在疫情防控一线牺牲的三名同志全国三八红旗手称号。", 11
    )
    for kicker in ("全国妇联", "三部门公告", "一季度末", "最高检:"):
        (art,) = banmian.parse_text("\n".join([kicker, "", "追授三名同志全国三八红旗手称号", "", *body])).articles
        assert (art.column, art.kicker, art.title) == (None, kicker, "追授三名同志全国三八红旗手称号"), kicker
    (art,) = banmian.parse_text("\n".join(["微观", "", "追授三名同志全国三八红旗手称号", "", *body])).articles
    assert (art.column, art.kicker) == ("微观", None)


def test_a_photo_reports_credit_is_its_last_paragraph_not_a_headline():
    # 王金梅 付延涛摄影报道 closes a photo report; broken over two lines (inside a spaced name, or inside 摄影报道)
    # and followed by an article with a dateline, it once became that article's title
    photo = wrap("图为交警在强化训练左转弯分解动作，一招一式都有讲究，动作整齐划一。", 12)
    story = wrap("本报南宁5月18日电 （记者庞革平）5月18日上午，防城港市举行个体工商户登记改革试点启动仪式。", 12)
    for credit in (["王金梅 付延涛摄影报道"], ["王金梅 付延涛摄影报", "道"], ["祝", "庆 梁 展摄影报道（人民视觉）"]):
        page = banmian.parse_text("\n".join(["交警练兵忙", "", *photo, "", *credit, "", *story]))
        report, news = page.articles
        assert report.title == "交警练兵忙" and news.title is None, credit
        assert [b.text for b in report.body] == ["".join(photo), join_lines(credit)], credit
        assert news.body[0].text.startswith("本报南宁5月18日电")


def test_a_credit_label_broken_after_its_colon_is_one_line_of_the_article():
    # 本期统筹： / 杨烁壁 under the last paragraph: once a two-line headline, taken as the next article's title
    body = wrap("今年虽然受到疫情影响，但工厂在2月底便第一批复工复产了，村里还减免了2月的地租。", 12)
    other = wrap("本报北京5月10日电 （记者王浩）云上2020年中国品牌日活动10日开幕，线上展馆同时开放。", 12)
    text = "\n".join(["左保亮的好生意", "", *body, "", "本期统筹：", "杨烁壁", "", "中国品牌日活动开幕", "", *other])
    first, second = banmian.parse_text(text).articles
    assert first.title == "左保亮的好生意" and [b.text for b in first.body] == ["".join(body), "本期统筹：杨烁壁"]
    assert second.title == "中国品牌日活动开幕"


def test_an_author_note_broken_over_two_lines_is_the_byline_not_a_headline():
    # （作者为中国驻意大利大 / 使） under the last paragraph once became the article's title
    body = wrap("刚刚过去的2019年在中意关系史上留下了浓墨重彩的一笔。值此新春佳节，向全国人民拜年！", 10)
    text = "\n".join(["携手同行再出发", "", *body, "", "（作者为中国驻意大利大", "使）"])
    (art,) = banmian.parse_text(text).articles
    assert (art.title, art.byline) == ("携手同行再出发", "（作者为中国驻意大利大使）")
    assert [b.text for b in art.body] == ["".join(body)]


def test_no_article_boundary_inside_a_word_broken_across_two_headline_lines(monkeypatch):
    # pdftotext style: 拉加经委会呼吁确 / 保贫困人口获得基本收入 — 确保 is one word, so the two lines are one box
    # (here the split model is made to ask for the cut between them)
    from banmian.reconstruct import assemble

    real = assemble._split_logit
    monkeypatch.setattr(
        assemble, "_split_logit", lambda g, k, *a: 60.0 if k == 1 and len(g.units) == 3 else real(g, k, *a)
    )
    above = wrap("港口方面表示，今年还将新建两个泊位，进一步提升吞吐能力，带动周边物流产业发展。", 14)
    head = ["拉加经委会呼吁确", "保贫困人口获得基本收入"]
    body = [*wrap(_SORTING, 14), *wrap(_SORTING_2, 14)]
    lines = [*_page_above(14), *above * 12, "", *head, "", "□本报记者 林川", "", *body]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert second.title == "".join(head) and first.title != head[0]


def test_a_short_line_over_a_heading_line_with_a_word_across_the_break_is_the_headings_first_line():
    # pdftotext style, the headline printed under its body: 北京点对点专列接务工 / 人员返岗复工 (务工人员) — the
    # first line once stayed a paragraph of the body, and the title lost it
    body = wrap("本报北京2月26日电 （记者贺勇）2月26日，由重庆北始发的务工人员返岗专列抵达北京西站。", 14)
    body += wrap("抵达北京西站后，专人进行引导，并在出站前对旅客逐一进行体温检测。", 14)
    lines = [*body, "", "北京点对点专列接务工", "人员返岗复工", "", "本版责编：万菊 高芸莺"]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert art.title == "北京点对点专列接务工人员返岗复工"
    assert [b.text for b in art.body][-1].endswith("体温检测。")


def test_a_headline_broken_over_narrow_lines_stays_one_headline():
    # pdftotext style, the headline under its body in a narrow column: 王毅会见第七 / 十四届联大安 / … — on a
    # page whose columns are wider the line model read all but the first line as a paragraph (第七十四届 is one
    # word across the first break, and no sentence ends): they are the heading's lines
    from banmian.model import Line
    from banmian.reconstruct.reflow import Unit, _features, _second_heading_lines

    head = ["王毅会见第七", "十四届联大安", "理会改革政府", "间谈判机制共", "同主席"]
    pl, _ = _features([Line(t) for t in ["联合国体系发挥建设性作用。", *head, "本版责编：万菊"]])
    for p in pl:
        p.col = 16.0
    units = [Unit("paragraph", pl[:1]), Unit("heading", pl[1:2], True), Unit("paragraph", pl[2:6])]
    out = _second_heading_lines(units + [Unit("paragraph", pl[6:], True)])
    assert [u.kind for u in out] == ["paragraph", "heading", "heading", "paragraph"]
    # … but not a paragraph that ends a sentence
    pl[5].text = "同主席。"  # (before the unit is made: a unit's text is its lines' as they were added)
    units[2] = Unit("paragraph", pl[2:6])
    assert _second_heading_lines(units)[2].kind == "paragraph"


def test_a_contact_line_is_a_line_of_the_article_not_a_headline():
    # 栏目投稿邮箱：… / a bare address / 咨询电话：… under the last paragraph once became the next article's title
    body = wrap(_SORTING, 14)
    other = wrap("本报北京1月12日电 （记者王浩）海军驱逐舰南昌舰12日在青岛某军港入列，正式加入战斗序列。", 14)
    for contact in ("栏目投稿邮箱：yxxz8494@163.com", "rmrbgf@126.com", "咨询电话：028—68700000"):
        text = "\n".join(["垃圾分类见成效", "", *body, "", contact, "", "南昌舰入列", "", *other])
        first, second = banmian.parse_text(text).articles
        assert first.title == "垃圾分类见成效" and [b.text for b in first.body] == ["".join(body), contact], contact
        assert second.title == "南昌舰入列"


def test_three_headline_boxes_ending_in_a_kicker_and_its_title_open_with_a_columns_name():
    # 来自疫情防控一线的报道 / 中南医院4名医护人员治愈后主动返岗 / “抢回被耽误的时间”: a column's name too long to
    # read as one by its length, over a kicker and a quoted title (the title was once the kicker's box)
    body = wrap(_SORTING, 14)
    head = ["来自疫情防控一线的报道", "", "中南医院4名医护人员治愈后主动返岗", "", "“抢回被耽误的时间”", ""]
    (a,) = banmian.parse_text("\n".join([*head, "□本报记者 林川", "", *body])).articles
    assert (a.column, a.kicker, a.title) == (head[0], head[2], head[4])


def test_a_credit_line_broken_at_the_columns_edge_goes_on_in_the_next_line():
    # 本版图片来源：人民视 / 觉: a credit filling its column breaks like any line; the rest is no line of its own
    body = wrap(_SORTING, 10)
    (a,) = banmian.parse_text("\n".join(["垃圾分类见成效", "", *body, "", "本版图片来源：人民视", "觉"])).articles
    assert [b.text for b in a.body] == ["".join(body), "本版图片来源：人民视觉"]


def test_no_article_boundary_under_a_kicker_that_introduces_the_title(monkeypatch):
    # 林郑月娥： / 特区政府支持…: a kicker ending on ： or —— introduces the heading line under it (893 kickers of
    # 人民日报 end so, no title): no headline ends there (here the split model is made to ask for that cut)
    from banmian.reconstruct import assemble

    real = assemble._split_logit
    monkeypatch.setattr(
        assemble, "_split_logit", lambda g, k, *a: 60.0 if k == 1 and len(g.units) == 3 else real(g, k, *a)
    )
    above = wrap("港口方面表示，今年还将新建两个泊位，进一步提升吞吐能力，带动周边物流产业发展。", 14)
    body = [*wrap(_SORTING, 14), *wrap(_SORTING_2, 14)]
    for kicker in ("林郑月娥：", "各级人大代表全力投入疫情防控工作——"):
        head = [kicker, "", "特区政府支持建立健全相关制度"]
        lines = [*_page_above(14), *above * 12, "", *head, "", "□本报记者 林川", "", *body]
        first, second = banmian.parse_text("\n".join(lines)).articles
        assert (second.kicker, second.title) == (kicker, head[2]), kicker


def test_a_credit_or_contact_line_right_over_a_dateline_is_no_headline():
    # pdftotext -raw (no blank lines): 栏目投稿邮箱：… or 制图：… right over 本报讯 （记者…） ends the article above;
    # it was once read as the headline of the article opening at the dateline
    body = wrap(_SORTING, 14)
    news = wrap("本报讯 （记者 廖华仪）自开训动员以来，武警广西总队来宾支队紧贴任务实际，全面掀起练兵热潮。", 14)
    for line in ("栏目投稿邮箱：yxxz8494@163.com", "制图：张丹峰"):
        lines = ["垃圾分类见成效", *body, "（作者为本报浙江分社记者）", line, *news]
        arts = banmian.parse_text("\n".join(lines)).articles
        assert [(a.title, a.body[-1].text) for a in arts] == [("垃圾分类见成效", line), (None, "".join(news))], line


def test_a_group_with_a_long_kicker_ending_on_a_dash_is_no_subhead(monkeypatch):
    # 湖北省黄冈市援疆教师郭贵方—— / “享受在这里的每一天” between two bodies: a kicker introducing its title, so a
    # headline (the group model once read it as the article's subheads; here it is made to)
    from banmian.reconstruct import assemble

    monkeypatch.setattr(assemble, "_learned_sub_score", lambda *a: 50.0)
    body = [*wrap(_SORTING, 14), "", *wrap(_SORTING_2, 14)]
    head = ["湖北省黄冈市援疆教师郭贵方——", "", "“享受在这里的每一天”"]
    page = banmian.parse_text("\n".join([*_page_above(14), "", *body, "", *head, "", *NIGHT_MARKET]))
    assert [(a.kicker, a.title) for a in page.articles][-1] == tuple(head[::2])
    # a subhead broken at its dash stays one: 临江又亲江—— / 滨水空间正在形成
    head = ["临江又亲江——", "", "滨水空间正在形成"]
    page = banmian.parse_text("\n".join([*_page_above(14), "", *body, "", *head, "", *NIGHT_MARKET]))
    assert "临江又亲江——" not in [a.kicker for a in page.articles]


def test_the_reporters_notes_label_is_a_subhead_not_a_byline():
    # ■记者手记 over the notes closing a report read as a byline (the role word 记者, two characters after it):
    # the boundary model took it for the next article's byline over its title
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    assert not P.is_byline("■记者手记") and not P.is_byline("记者观察") and P.is_byline("□本报记者 林川")
    lines = [*_page_above(14), "", "■记者手记", "", "用心做好一件事", "", *wrap(_SORTING, 14)]
    units, _ = reflow(text_to_lines("\n".join(lines)))
    assert [(u.kind, u.text) for u in units if "手记" in u.text] == [("heading", "■记者手记")]


def test_a_set_of_like_subheads_does_not_overrule_what_the_model_reads_surely_nor_cross_a_boundary():
    # three short subheads of one article and, after them, the next article's short one-line title: the four
    # have one shape, and the set was decided as a whole (all subheads), which swallowed the next article
    from banmian.reconstruct import assemble as A
    from banmian.sources.text import text_to_lines

    def section(head):
        return ["", head, "", *wrap(_SORTING, 14)]

    lines = [
        *_page_above(14),
        *section("高原守边"),
        *section("以苦为乐"),
        *section("甘于奉献"),
        *section("夜市点亮县城"),
    ]
    _, _, runs, groups, blanks = A.read_page(text_to_lines("\n".join(lines)))
    assert len(groups) == 5  # (the first: the page's first headline)
    for g, ss in zip(groups[1:], (1.0, 1.0, 1.0, -5.0), strict=True):
        g.scores["sub"] = ss  # the subhead model: three doubtful subheads, one sure boundary
    first = [A.Choice(), A.Choice(sub=True), A.Choice(sub=False), A.Choice(sub=True), A.Choice(sub=False)]
    asked = []

    def decide(force):
        asked.append(force)
        return [A.Choice(sub=force.get(gi, c.sub)) for gi, c in enumerate(first)], 1.0 if all(force.values()) else 0.0

    choices = A._consistent_sets(runs, groups, first, decide)
    assert [c.sub for c in choices] == [False, True, True, True, False]
    assert asked and all(4 not in force for force in asked)
    # a boundary the programme reads between two of the set's groups parts the set
    assert A._chains([0, 1, 3], [A.Choice(sub=True), A.Choice(sub=True), A.Choice(sub=False), A.Choice()]) == [
        [0, 1],
        [3],
    ]


def test_the_box_model_reads_a_line_that_runs_on_at_another_width():
    # pdftotext -raw: a kicker over a title set larger, whose lines hold fewer characters: the title's first
    # line runs on into the next (女 / 单) and is narrower than the kicker's line, so a new box starts there
    from banmian.reconstruct.assemble import BOX_FEATURES, Unit, box_features, read_page

    text = "\n".join(["全国青年网球锦标赛", "选手晋级女", "单八强", *wrap(_LEAN_BODY, 16)])
    units = read_page(banmian.sources.text.text_to_lines(text))[0]
    heads = [Unit("heading", [ln]) for u in units if u.kind == "heading" for ln in u.lines]
    assert [h.text for h in heads] == ["全国青年网球锦标赛", "选手晋级女", "单八强"]
    x = dict(zip(BOX_FEATURES, box_features(heads, 1), strict=True))
    assert x["second_runs_on"] and x["second_runs_on_at_another_width"] and x["narrower_second_runs_on"] == 4.0
    # (the title's last line: no line under it to run on into)
    y = dict(zip(BOX_FEATURES, box_features(heads, 2), strict=True))
    assert y["word_across"] and not y["second_runs_on"] and not y["first_ran_on"]


def test_a_line_closing_the_article_above_is_no_headline_of_the_article_below():
    # pdftotext -raw: a photo's credit (or （作者为…）, a column's contact line) under a body, right over the next
    # article's headline, was read as that headline's first box (刘 明 王小川摄影报道 its kicker)
    below = "春季学期开学以来，全市中小学陆续恢复课后服务，校园里又热闹起来，家长们说孩子的精神头足了。"
    title = "课后服务让孩子们在校园里动起来快乐成长"
    closings = (
        "刘 明 王小川摄影报道",
        "（作者为某大学经济学院教授）",
        "栏目投稿邮箱：abc123@example.com",
        "版式设计：张明 李华",
    )
    for closing in closings:
        lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), closing, title, *wrap(below, 16)]
        first, second = banmian.parse_text("\n".join(lines)).articles
        assert (second.kicker, second.title, second.subtitle) == (None, title, None), closing
        assert first.title == "港口码头投入试运行"
        assert closing in (first.byline or "") or closing == first.body[-1].text


def test_without_blank_lines_no_article_boundary_cuts_a_word_between_headline_lines():
    # pdftotext -raw: a headline printed under its body in narrow lines, over the next article's headline; the
    # boundary was put inside its last word (…“禁飞 / 区”范 / 围), and the rest read as the next one's column
    above = "新华社突尼斯1月8日电 利比亚东部武装宣布扩大首都周边地区的禁飞区范围，禁飞区将包括国际机场及设在该机场的空军基地。"
    headline = ["利比亚", "“国民", "军”宣", "布扩大", "首都周", "边地区", "“禁飞", "区”范", "围"]
    lines = [
        "课外活动丰富多彩",
        *wrap("本报上海3月1日电 （记者王明）" + _ABOVE, 16),
        *wrap(above, 16),
        *headline,
        "德国新增难",
        "民人数连续三年下降",
        *wrap(_LEAN_BODY, 16),
    ]
    _, second, third = banmian.parse_text("\n".join(lines)).articles
    assert second.title == "利比亚“国民军”宣布扩大首都周边地区“禁飞区”范围"
    # (the next headline keeps none of the first: how its own two lines are boxed is the box model's call)
    assert "".join(x for x in (third.column, third.kicker, third.title) if x) == "德国新增难民人数连续三年下降"


def test_a_box_starts_a_little_below_even_odds(monkeypatch):
    # a missed box break costs both the kicker and the title; the box model's log-odds are read against a threshold
    # a little below zero
    from banmian.reconstruct import assemble as A

    units = A.read_page(banmian.sources.text.text_to_lines("甲乙丙丁\n戊己庚辛"))[0]
    heads = [A.Unit("heading", [ln]) for u in units for ln in u.lines]
    monkeypatch.setattr(A, "_box_logit", lambda x: -0.1)
    assert A._box_break(heads, 1)
    monkeypatch.setattr(A, "_box_logit", lambda x: -0.4)
    assert not A._box_break(heads, 1)


def test_a_box_naming_who_issues_or_publishes_is_the_kicker_over_the_title():
    # X印发通知 / X印发《意见》 / X杂志发表…文章 over a headline say who issued it: a kicker, though the box under
    # it reads like a subtitle; a title that names the document (预警信息年度报告发布) is no such box
    body = wrap(
        "本报北京3月2日电 （记者王明）有关部门日前印发通知，要求各地进一步做好保障工作，确保各项措施落实到位。", 12
    )
    for kicker, title in (
        ("中央领导小组印发通知", "认真学习贯彻总书记在总结大会上的重要讲话"),
        ("联防联控机制印发《意见》", "科学防治精准施策分区分级做好防控工作"),
        ("《时政》杂志发表总书记重要文章", "在全国农村工作会议上的讲话"),
    ):
        (art,) = banmian.parse_text("\n".join([kicker, "", title, "", *body])).articles
        assert (art.kicker, art.title, art.subtitle) == (kicker, title, None), kicker


def test_a_first_line_over_two_headlines_of_the_page_is_a_series_name_not_a_kicker():
    # 来自一线的蹲点报道 over each of two reports: a series' name, the column of each; a kicker is one headline's
    series = "来自一线的蹲点报道"
    one = wrap("本报武汉2月6日电 （记者王明）连日来，社区工作者挨家挨户上门排查，把服务送到居民家中。", 12)
    two = wrap("本报成都2月6日电 （记者李红）记者从四川省交通运输厅获悉，全省客运站已全面恢复运营。", 12)
    text = "\n".join([series, "", "社区排查不留死角", "", *one, "", series, "", "客运站全面恢复运营", "", *two])
    arts = banmian.parse_text(text).articles
    assert [(a.column, a.kicker, a.title) for a in arts] == [
        (series, None, "社区排查不留死角"),
        (series, None, "客运站全面恢复运营"),
    ]


def test_a_series_name_over_one_headline_is_its_column_and_a_who_or_where_its_kicker():
    # 来自一线的蹲点报道 names a series (the column model reads the kind of writing, 报道, and that the body does
    # not repeat it); 武汉江汉区 names where the story happens, in the body's words: a kicker
    one = wrap("本报武汉2月6日电 （记者王明）连日来，武汉江汉区的社区工作者挨家挨户上门排查，把服务送到居民家中。", 12)
    for box, want in (
        ("来自一线的蹲点报道", ("来自一线的蹲点报道", None)),
        ("武汉江汉区", (None, "武汉江汉区")),
    ):
        (art,) = banmian.parse_text("\n".join([box, "", "社区排查不留死角", "", *one])).articles
        assert (art.column, art.kicker, art.title) == (*want, "社区排查不留死角"), box


def test_a_short_box_the_body_repeats_word_for_word_is_a_kicker_not_a_column():
    # 江西樟树 over a title, the story about 江西樟树: a kicker; 微观 over the same, a column's name
    body = wrap(
        "本报南昌2月20日电 （记者王明）连日来，江西樟树的药材种植户忙着采收，当地电商平台帮助他们销往各地。", 12
    )
    for box, want in (("江西樟树", (None, "江西樟树")), ("微观", ("微观", None))):
        (art,) = banmian.parse_text("\n".join([box, "", "为扶贫产业解卖难", "", *body])).articles
        assert (art.column, art.kicker, art.title) == (*want, "为扶贫产业解卖难"), box


def test_a_dash_and_a_name_under_a_quotation_is_no_headline():
    # ——马某某 under the quotation that opens a report: who said it (a body line of 人民日报 257 times, a subtitle
    # once), and the report goes on below it; read as a headline it took the report's second half as an article
    # of its own, titled ——马某某
    above = ["冬日花海", "", "本报记者 张某", ""] + wrap(
        "如果想置身花海，来个近距离接触，可以沿着景区内的滨河步道，一路前行。道在景中，景在路旁，伴着微风，"
        "深吸一口气，沁人心脾的花香，平添一份神清气爽。",
        18,
    )
    above += [""] + wrap(
        "此外，这里还设有自行车驿站和专门的车道。春节假期，可以邀上三五好友，租辆自行车，在花田中自由穿梭，"
        "又能领略沿途布依族村寨的民族风情。",
        18,
    )
    above += ["", "版式设计：汪某", ""]
    head = ["文物复制匠人马某某", "", "再塑一个秦俑", ""]
    quote = wrap(
        "本报讯 （记者 高某某）“这种不可数据化的感觉，正是艺术的魅力所在。秦俑身上最迷人的，"
        "便是那斑驳的历史烙印以及散发的沧桑美。”",
        10,
    )
    body = wrap(
        "文物“复制”藏着大学问。身为民间匠人，57岁的马某某自学成才，从仿制业者中脱颖而出，作品被多家考古研究机构收藏。",
        10,
    )
    body += [""] + wrap(
        "马某某的制俑坊在老家骊山胡王村，离兵马俑博物馆不远。他不得已放弃考美院，白天背石拉车，晚上扛着画板出去画画。",
        10,
    )
    page = banmian.parse_text("\n".join([*above, *head, *quote, "", "——马某某", "", *body]))
    assert "——马某某" not in [a.title for a in page.articles]
    report = next(a for a in page.articles if a.title == "再塑一个秦俑")
    texts = [b.text for b in report.body]
    assert "——马某某" in texts
    assert any(t.startswith("文物“复制”藏着大学问") for t in texts)


def test_a_salutation_opens_the_body_and_is_no_headline():
    # 同志们，朋友们： under a speech's title is its first paragraph; read as a headline line it became the title
    # and pushed the speech's title up into the kicker.  各位代表： further down opens a paragraph, no subhead
    body = ["同志们，朋友们："] + wrap(
        "今天，我们隆重召开某某大会，表彰为我国科技事业发展和现代化建设作出突出贡献的科技工作者。"
        "刚才，领导同志向获奖代表颁了奖。",
        16,
    )
    body += wrap("在此，我代表党中央、国务院，向全体获奖人员表示热烈祝贺！向全国广大科技工作者致以崇高敬意！", 16)
    body += ["", "各位代表："] + wrap(
        "今年以来，突如其来的疫情对经济社会发展带来前所未有的冲击，我们统筹推进疫情防控和经济社会发展工作。", 16
    )
    page = banmian.parse_text(
        "\n".join(["2020年1月11日 星期六  人民日报  要闻  2", "", "在某某大会上的讲话", "", *body])
    )
    (speech,) = page.articles
    assert (speech.kicker, speech.title) == (None, "在某某大会上的讲话")
    assert [b.text for b in speech.body][0] == "同志们，朋友们："
    assert ("paragraph", "各位代表：") in [(b.type, b.text) for b in speech.body]


def test_an_occasion_over_a_title_is_its_kicker():
    # 在国际护士节到来之际 (an occasion: 12 kickers, 1 title in 人民日报) one line over a title set large in three
    # short lines: the title model, reading the shapes, took the occasion for the title and the title for its
    # subtitle
    above = ["携手抗疫", ""] + wrap(
        "本报日内瓦5月11日电 世界卫生组织官员表示，各国应当加强合作，共同应对疫情带来的挑战，只有各方携手同心，"
        "才能实现战疫完胜。",
        11,
    )
    head = ["", "在国际护士节到来之际", "", "习近平向全国广大", "护士致以节日的祝", "贺和诚挚的慰问", ""]
    body = wrap(
        "新华社北京5月11日电 在国际护士节到来之际，中共中央总书记、国家主席、中央军委主席习近平代表党中央，"
        "向全国广大护士致以节日的祝贺和诚挚的慰问。",
        18,
    )
    body += [""] + wrap(
        "习近平指出，广大护士在疫情防控斗争中，白衣执甲、逆行出征，英勇奋战在抗疫一线，"
        "为打赢疫情防控人民战争作出了重要贡献。",
        18,
    )
    page = banmian.parse_text("\n".join(["2020年5月12日 星期二  人民日报  要闻  1", "", *above, *head, *body]))
    greeting = page.articles[-1]
    assert (greeting.kicker, greeting.title, greeting.subtitle) == (
        "在国际护士节到来之际",
        "习近平向全国广大护士致以节日的祝贺和诚挚的慰问",
        None,
    )


def test_a_first_box_that_introduces_the_title_is_no_column():
    # a short first box over a headline reads as a column's name (人民时评, 权威发布), but one that introduces the
    # title (教育部——), says who issues it (国办印发意见) or names the occasion is its kicker
    body = wrap(
        "本报北京2月11日电 （记者张某）教育部11日召开新闻发布会，介绍疫情防控期间中小学在线教育工作情况，"
        "要求各地统筹安排课程。",
        16,
    )
    body += [""] + wrap(
        "发布会介绍，各地要根据学生年龄特点，合理安排线上学习时间，防止学生用眼过度，鼓励学生在家开展体育锻炼。", 16
    )
    heads = {
        ("教育部——", "停课不停学，不是简单的网上上课", "要防止增加学生课业负担"): ["", "要防止增加学生课业负担"],
        ("国办印发意见", "全面推进基层政务公开标准化规范化", None): [],
    }
    for (kicker, title, subtitle), rest in heads.items():
        page = banmian.parse_text(
            "\n".join(["2020年2月12日 星期三  人民日报  教育  12", "", kicker, "", title, *rest, "", *body])
        )
        (a,) = page.articles
        assert (a.column, a.kicker, a.title, a.subtitle) == (None, kicker, title, subtitle)


def test_a_subhead_broken_by_a_column_jump_stays_one_subhead():
    # pdfminer prints a blank line at a column jump, also inside a two-line subhead: after a comma (一息尚存， /
    # 奋斗不止), with a quotation open or a word broken across it (“…谋发 / 展”); two subheads only where the first
    # line ends its phrase
    body = ["助力脱贫奔小康", ""] + wrap(
        "入冬后天气转晴，51岁的龙某某换上漂亮的民族服装，坐上电动轮椅出门走亲访友，村里的道路已经全部硬化。", 13
    )
    body += [""] + wrap("村人均可支配收入达到5000余元，全村已实现脱贫559户2188人，家家户户的日子越过越红火。", 13)
    body += ["", "“抬着头生活，往前看、谋发", "", "展”", ""] + wrap(
        "过去村里人靠天吃饭，如今搬进新居，有了产业，人人都有了奔头，大家说起今后的打算，个个信心满满。", 13
    )
    body += ["", "一息尚存，", "", "奋斗不止", ""] + wrap(
        "村支书吕某某说，要带领乡亲们把合作社办得更好，让大家的腰包越来越鼓，日子越过越有奔头。", 13
    )
    (a,) = banmian.parse_text("\n".join(body)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == ["“抬着头生活，往前看、谋发展”", "一息尚存，奋斗不止"]


def test_a_brief_set_wider_than_the_columns_around_it_is_one_paragraph():
    # a four-line brief across two 12-cell columns (19–20 cells a line): its widths pair with no neighbour, so no
    # column of 20 was a candidate, and each line, wider than the column of 12, ended a paragraph of its own
    above = ["永葆初心本色", ""] + wrap(
        "本报北京1月7日电 （记者张某）主题教育对准目标、有力推进，在各方面取得扎实成效，展开了一次党的自我革命的深刻实践。",
        12,
    )
    above += [""] + wrap("各地各部门坚持边学边查边改，推动解决了一批群众急难愁盼问题，群众的获得感明显增强。", 12)
    brief = [
        "新华社北京1月7日电 全国人大常委会副",
        "委员长、中国国际交流协会会长某某7日下",
        "午在人民大会堂会见以法国国民议会法中友好",
        "小组主席陈某某为团长的法国青年议员团。",
    ]
    below = ["阅读中国图书展举行", ""] + wrap(
        "本报新德里1月7日电 （记者胡某）“阅读中国”图书展暨“中印文化交流图片展”近日在印度首都新德里举行。", 12
    )
    page = banmian.parse_text("\n".join([*above, "", "某某会见法国客人", "", *brief, "", *below]))
    meeting = next(a for a in page.articles if a.title == "某某会见法国客人")
    assert [b.text for b in meeting.body] == ["".join(brief)]


def test_a_byline_broken_inside_a_name_before_a_role_word_is_one_byline():
    # □本报记者 廖某 罗青可 苏影 / 明 通讯员 周霞欣: the byline wider than its article broke inside a name, and the
    # next line, opening on the name's last character, read as a headline line (on a generated page, the title)
    body = wrap("2020年，某某集团坚持增资扩产，用科技续写“中国制造”高质量发展新篇，工业4.0示范基地50天建成投产。", 16)
    body += [""] + wrap("集团全面推进具备自主知识产权的开源芯片的研发与生产，着力推动前沿技术的集成创新。", 16)
    page = banmian.parse_text(
        "\n".join(["科技转型再造一个企业", "", "□本报记者 廖某 罗青可 苏影", "明 通讯员 周霞欣", "", *body])
    )
    (a,) = page.articles
    assert a.title == "科技转型再造一个企业"
    assert a.authors == ["廖某", "罗青可", "苏影明", "周霞欣"]


def test_a_first_line_short_of_a_number_that_did_not_fit_runs_on():
    # print keeps a number whole: 全年批发和零售业增加值达 (12 cells) stops short of its 14 (a 16-cell column less
    # the lost indent) because 958461 (3 cells) did not fit; read as a short line with no stop it became a
    # headline over the paragraph's rest
    lines = [
        "四、服务业",
        "",
        "全年批发和零售业增加值达",
        "958461亿元，比上年增长百分之六，",
        "交通运输、仓储和邮政业增加值也有",
    ]
    lines += ["较快增长，住宿和餐饮业增加值增长", "百分之六。", "", "全年货物运输总量稳中有升，货物运"]
    lines += ["输周转量继续增加，全年港口完成货", "物吞吐量比上年增长。"]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.body[0].text.startswith("全年批发和零售业增加值达958461亿元，")
    assert a.title == "四、服务业"
    # a number that would have fitted leaves the short line above it a line of its own (a subhead's last line:
    # 注入源源不断活力, 8 cells of 12, over 2019年11月…)
    from banmian.model import Line
    from banmian.reconstruct.reflow import _features, continues

    pl, _ = _features([Line(t) for t in ["政策鼓励创新，为制造升级", "注入源源不断活力", "2019年11月的一天上午，"]])
    for p in pl:
        p.col = 12.0
    assert not continues(pl, 1)
    pl, _ = _features([Line(t) for t in ["注入源源不断的活力和动", "20191123项创新成果落地"]])
    for p in pl:
        p.col = 12.0
    assert continues(pl, 0)  # (a line one cell short of its 12: the 4 cells of 20191123 could not follow)


def test_a_speaker_under_the_heading_of_what_they_said_is_a_line_of_its_own():
    # 铁凝（中国作协主席） under 铭刻我们国家和民族坚毅 / 的身影: who speaks, a block apart from the heading over it
    # (as 人民日报 prints it 112 times); with her name set in two cells broken at its space (铁 / 凝（…）) the three
    # heading lines ran into one subhead
    lines = ["作家们的心声", "", "□本报记者 莫某", ""] + wrap(
        "编者按：疫情发生后，广大作家以不同方式为奋战在一线的广大党员、干部、群众加油鼓劲。", 13
    )
    lines += ["", "铭刻我们国家和民族坚毅", "的身影", "", "铁", "凝（中国作协主席）", ""] + wrap(
        "我们共同承受着一段艰难的时光，也共同见证着无数普通人的勇敢与担当，这些都将铭刻在我们心中。", 13
    )
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == ["铭刻我们国家和民族坚毅的身影", "铁凝（中国作协主席）"]


def test_a_writers_name_under_the_heading_of_their_section_is_a_line_of_its_own():
    # 经济长期向好不会变 / blank / 杨某民: the segmenter's hidden model reads 变杨 as a word, which had made the blank a
    # column jump inside one subhead (经济长期向好不会变杨某民)
    def section(head: list[str], text: str, blank: str | None) -> list[str]:
        out = head if blank is None else [x for h in head for x in (h, blank)]
        return out + wrap(text, 11)

    body = "目前，疫情防控进入关键期，我国经济正处在转型升级的重要阶段，长期向好的基本面没有改变。"
    lines = ["议政建言", "", "稳住经济基本盘", "", "□本报记者 莫某", ""]
    lines += section(["经济长期向好不会变", "杨某民"], body, "")
    lines += ["", "（作者为全国政协常委）", ""]
    lines += section(["稳经济关键是稳产业链", "葛某林"], body.replace("目前", "当前"), "")
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"][:2] == ["经济长期向好不会变", "杨某民"]

    # without blank lines (pdftotext -raw): under a heading that stops short of its column (9 cells of 11), a name
    # alone is the writer's line, as blank lines print it
    def page(head: list[str]) -> list[str]:
        lines = ["议政建言", "稳住经济基本盘", "□本报记者 莫某"] + wrap(body, 11)
        return lines + head + wrap(body.replace("目前", "当前"), 11)

    def subheads(head: list[str]) -> list[str]:
        (a,) = banmian.parse_text("\n".join(page(head))).articles
        return [b.text for b in a.body if b.type == "subhead"]

    assert subheads(["地名凝聚我们的乡情", "郭某斌"]) == ["地名凝聚我们的乡情", "郭某斌"]
    assert subheads(["平凡的快乐", "李", "御"]) == ["平凡的快乐", "李御"]  # (set in two cells, broken at its space)
    # (and a long office broken at its bracket: 尹某东（中国儿童艺术 / 剧院院长）)
    head = ["书店之乐即阅读之乐", "尹某东（中国儿童艺术", "剧院院长）"]
    assert subheads(head) == ["书店之乐即阅读之乐", "尹某东（中国儿童艺术剧院院长）"]
    # … not under an office or a place, which the name completes (one signature), nor under a colon or a word left
    # open, nor a second name under a first (张某扬 / 李某杰: one credit)
    assert subheads(["教育部党组书记、部长", "陈某生"]) == ["教育部党组书记、部长陈某生"]
    assert subheads(["陕西省考古学研究院", "孙某勇"]) == ["陕西省考古学研究院孙某勇"]
    assert subheads(["追梦人：", "周某林"]) == ["追梦人：周某林"]
    assert subheads(["专业化带来了荷兰和", "高产"]) == ["专业化带来了荷兰和高产"]
    assert subheads(["知识普及送温暖工作", "张某扬", "李某杰"]) == ["知识普及送温暖工作", "张某扬李某杰"]
    assert subheads(["福建龙岩市", "蔡某阳"])[-1] == "福建龙岩市蔡某阳"
    assert subheads(["审慎地制订高考实施", "方案"]) == ["审慎地制订高考实施方案"]  # (a word across: 实施方案)
    # … nor under a line wider than its column less the two cells of a lost indent (a heading's wrapped first line)
    assert subheads(["中式科幻大片开山之作", "王某川"]) == ["中式科幻大片开山之作王某川"]

    # with blank lines around (pdfminer): a name in one box with the heading over it is the writer's line too, but
    # not one completing a credit (陈某劲图 / 何 某文, 版式设计 / 蔡某伟)
    def boxed(head: list[str]) -> list[str]:
        lines = ["议政建言", "", "稳住经济基本盘", "", "□本报记者 莫某", "", *wrap(body, 11), "", *head, ""]
        lines += [*wrap(body.replace("目前", "当前"), 11), "", "百姓的话", "", *wrap(body.replace("目前", "如今"), 11)]
        (a,) = banmian.parse_text("\n".join(lines)).articles
        return [b.text for b in a.body if b.type == "subhead"][:-1]

    assert boxed(["平凡的快乐", "李某"]) == ["平凡的快乐", "李某"]
    assert boxed(["陈某劲图", "何 某文"]) == ["陈某劲图何 某文"]
    assert boxed(["版式设计", "蔡某伟"]) == ["版式设计蔡某伟"]


def test_two_heading_lines_apart_whose_words_the_segmenter_reads_across_are_two_subheads():
    # 赴布基纳法索专家组 / blank / 长达8小时的交流会: 组长 is a word across the blank, but each line ends and opens on a
    # whole word of its own (专家组, 长达): two subheads, not one broken at a column jump; a word cut at the blank (缺一不
    # / 可), a full line (its heading wrapped at the column) and a sentence's line (…变。这是一部充分 / 体现…) go on
    body = "4月16日，中国专家组抵达当地。专家组先后赴卫生部、世界卫生组织代表处交流，介绍中国的防控经验。"

    def subheads(head: list[str]) -> list[str]:
        lines = ["患难见真情 共同抗疫情", "", "□本报记者 莫某", "", *wrap(body, 16), ""]
        lines += [x for h in head for x in (h, "")] + wrap(body.replace("4月16日", "4月18日"), 16)
        lines += ["", "交流经验", "", *wrap(body.replace("4月16日", "4月20日"), 16)]
        (a,) = banmian.parse_text("\n".join(lines)).articles
        return [b.text for b in a.body if b.type == "subhead"][:-1]

    assert subheads(["赴布基纳法索专家组", "长达8小时的交流会"]) == ["赴布基纳法索专家组", "长达8小时的交流会"]
    assert subheads(["法随时变这是一部充分", "体现时代特点的民法典"]) == [
        "法随时变这是一部充分",
        "体现时代特点的民法典",
    ]
    assert subheads(["传统工艺和新技术缺一不", "可"]) == ["传统工艺和新技术缺一不可"]
    assert subheads(["在全国推行专", "家组建议"]) == ["在全国推行专家组建议"]  # (专 / 家组)
    assert subheads(["环境中残存的化学污染", "物仍可致病"]) == ["环境中残存的化学污染物仍可致病"]  # (污染 / 物)
    assert subheads(["防控举措，一项一项地落实到村村", "户户"]) == ["防控举措，一项一项地落实到村村户户"]
    assert subheads(["法随时变。这是一部充分", "体现时代特点的民法典"]) == [
        "法随时变。这是一部充分体现时代特点的民法典"
    ]


def test_sections_headed_by_two_lines_and_their_writers_name_are_one_set():
    # 赴沙特专家组 / 结合当地实际出主意 / 周某盛, … / 梁 / 某 (a name set in two cells, broken at its space): the name
    # is the tail a byline would be, and the sections are decided alike as a set (a real page read the third of
    # five as the next article's title and subtitle); a column's name over the first section (来论 / … / 张某锋) is
    # no member of the set
    from banmian.reconstruct.assemble import _alike_groups, read_page
    from banmian.sources.text import text_to_lines

    heads = [
        ["赴沙特专家组", "结合当地实际出主意", "周某盛"],
        ["赴埃塞俄比亚专家组", "探讨疑难病例治疗方案", "曾某"],
        ["赴布基纳法索专家组", "长达8小时的交流会", "梁", "某"],
        ["来论", "紧绷的弦还不能放松", "张某锋"],
        ["赴缅甸专家组", "在全国推行专家组建议", "杨某娟"],
        ["赴泰国专家组", "交流防控经验", "共", "享"],  # (two characters, no name: a word broken at its space)
    ]
    lines = ["患难见真情 共同抗疫情", ""]
    lines += wrap("截至5月4日，中国已向17个国家派出19支医疗专家组，他们感受着守望相助的温暖。", 16)
    for head in heads:
        lines += [""] + [x for h in head for x in (h, "")]
        lines += wrap("4月15日上午，我们乘机前往当地，专家组走访了多家医院，与当地同行交流防控经验。", 16)
    _, _, runs, groups, _ = read_page(text_to_lines("\n".join(lines)))
    assert [[u.text for u in g.units] for g in groups[1:]] == heads
    for phrases in (False, True):
        alike = _alike_groups(runs, groups, phrases)
        assert {gi: alike.get(gi) for gi in (1, 2, 3, 4, 5, 6)} == {
            1: {2, 3, 5},
            2: {1, 3, 5},
            3: {1, 2, 5},
            4: None,
            5: {1, 2, 3},
            6: None,
        }


def test_a_credit_over_the_editors_line_closes_the_last_article():
    # at the foot of the page, 本版责编 opens the page's credits: 版式设计 under it is the page's (furniture), 制图
    # over it the last article's closing credit
    body = wrap("巴尔扎克对中国文化抱有浓厚兴趣，他在作品中多次写到中国的瓷器、茶叶和园林，这些描写充满想象。", 16)
    body += [""] + wrap("研究者认为，这种兴趣来自当时欧洲流行的东方热，也来自他本人对远方世界的好奇。", 16)
    lines = ["巴尔扎克的中国情结", "", *body, "", "制图：蔡某", "", "本版责编：刘某 马某", "版式设计：姜某"]
    page = banmian.parse_text("\n".join(lines))
    (a,) = page.articles
    assert a.body[-1].text == "制图：蔡某"
    assert page.furniture == ["本版责编：刘某 马某", "版式设计：姜某"]
    # (the page's name and date may close the foot under the credits: 版式设计 under 本版责编 is still the page's)
    page = banmian.parse_text("\n".join([*lines, "国际  12", "2019年10月16日  星期三"]))
    assert page.furniture == ["本版责编：刘某 马某", "版式设计：姜某", "国际  12", "2019年10月16日  星期三"]


def test_the_pages_graphics_credit_under_an_article_closes_it():
    # 本版制图：沈亦伶 under an article's last paragraph, another article under it: the closing credit of the article
    # above, as 人民日报 prints it (87 of its 91 such lines are an article's last paragraph), not the page's furniture;
    # at the foot, under 本版责编, the page's
    body = wrap("巴尔扎克对中国文化抱有浓厚兴趣，他在作品中多次写到中国的瓷器、茶叶和园林，这些描写充满想象。", 16)
    other = wrap("腊月里，村里的老人们围坐在炕头剪窗花，红纸在剪刀下翻飞，不一会儿就变成了喜鹊和梅花。", 16)
    lines = ["巴尔扎克的中国情结", "", *body, "", "本版制图：沈某", "", "剪窗花过年", "", *other, ""]
    lines += ["本版责编：刘某 马某", "本版制图：姜某"]
    page = banmian.parse_text("\n".join(lines))
    first, second = page.articles
    assert [b.text for b in first.body][-1] == "本版制图：沈某"
    assert second.title == "剪窗花过年"
    assert page.furniture == ["本版责编：刘某 马某", "本版制图：姜某"]


def test_a_short_line_ending_on_a_dash_is_a_run_in_line_apart_from_the_heading_under_it():
    # 当地员工—— over 我们一直像爱护自己家一样保护工地 / 环境, with no blank line (pdftotext -raw): who speaks, a
    # paragraph of its own (人民日报 465 times), not the first half of one subhead; no heading ends on a dash
    lines = ["中国企业在乍得", "", "□本报记者 李某"]
    lines += wrap(
        "中国企业在乍得建设的炼油厂投产以来，帮助当地实现了成品油自给，也带动了周边地区的发展，"
        "当地人说起中国企业都竖起大拇指。",
        16,
    )
    lines += ["总统代比——", "与中国的合作让乍得赢得了“能源独", "立”"]
    lines += wrap("代比说，炼油厂的建成改变了乍得长期依赖进口成品油的局面，为国家经济发展注入了动力。", 16)
    lines += ["当地员工——", "我们一直像爱护自己家一样保护工地", "环境"]
    lines += wrap("在炼油厂工作了八年的员工说，中国同事教会了他很多技术，现在他已经成为一名熟练的操作工。", 16)
    (a,) = banmian.parse_text("\n".join(lines)).articles
    blocks = [(b.type, b.text) for b in a.body]
    assert ("paragraph", "总统代比——") in blocks and ("subhead", "与中国的合作让乍得赢得了“能源独立”") in blocks
    assert ("paragraph", "当地员工——") in blocks and ("subhead", "我们一直像爱护自己家一样保护工地环境") in blocks


def test_a_leader_attending_under_a_meetings_headline_is_its_subtitle():
    # 汪洋出席12名委员作大会发言 under 全国政协十三届三次会议举行视频会议: who attended, the subtitle (a box opening
    # on a leader who attends or chairs: 88 subtitles, 5 kickers in 人民日报); read as a title under a kicker before
    body = wrap(
        "新华社北京5月25日电 全国政协十三届三次会议25日下午举行视频会议，12位委员围绕统筹推进疫情防控和"
        "经济社会发展等作大会发言。",
        16,
    )
    body += [""] + wrap("委员们表示，要坚定信心、同舟共济，为夺取疫情防控和经济社会发展双胜利贡献智慧和力量。", 16)
    head = ["全国政协十三届三次会议举行视频会议", "", "汪洋出席12名委员作大会发言"]
    page = banmian.parse_text("\n".join(["2020年5月26日 星期二  人民日报  要闻  1", "", *head, "", *body]))
    (a,) = page.articles
    assert (a.kicker, a.title, a.subtitle) == (None, head[0], head[2])


def test_without_blank_lines_a_leader_attending_opens_the_subtitle_box():
    # pdftotext -raw prints no blank line between headline boxes; 韩某出席 under a two-line headline is its own box
    # (the subtitle), not the end of the title's second line
    above = wrap(
        "本报北京5月11日电 （记者李某）各地认真落实党中央决策部署，统筹推进疫情防控和经济社会发展，复工复产有序推进。",
        16,
    )
    above += wrap("记者了解到，各地还出台了一系列支持中小微企业的政策措施，帮助企业渡过难关。", 16)
    head = [
        "李某某主持召开各民主党派中央全国工商联负责人和无党派人士代表座谈会",
        "听取对政府工作报告的意见建议",
        "韩某出席",
    ]
    body = wrap(
        "新华社北京5月11日电 5月11日，李某某主持召开座谈会，听取各民主党派中央、全国工商联负责人和"
        "无党派人士代表的意见建议。",
        16,
    )
    body += wrap("韩某出席。与会人士表示，政府工作报告稿实事求是、务实管用，一致赞同。", 16)
    page = banmian.parse_text("\n".join(["复工复产有序推进", *above, *head, *body]))
    meeting = page.articles[-1]
    assert meeting.subtitle == "韩某出席"
    assert meeting.title == "听取对政府工作报告的意见建议"
    # (共同主持 or …将出席 inside a title is no leader attending: 王某与某国外长艾某某 / 共同主持… stays one title)
    from banmian.reconstruct.assemble import _NAMED_ATTENDANCE

    assert [bool(_NAMED_ATTENDANCE.match(t)) for t in ["韩某出席", "共同主持首次会议", "达峰将出席就职仪式"]] == [
        True,
        False,
        False,
    ]


def test_without_blank_lines_a_line_ending_on_a_lead_in_ends_its_box():
    # pdftotext -raw: 周某强调 over a title set large in four short lines; the box model ran the kicker into the
    # title (no title of 人民日报 ends on 强调 and its like: 200 kickers end on 强调 alone)
    above = [
        "高原上的蒲公英",
        "“他们就像高原上的蒲公英，",
        "不论在哪里，都能开出美丽的花。”",
        "当被问及“西藏分社记者给您留下",
    ]
    above += ["什么印象”时，那曲市双湖县委宣", "传部副部长旦某说。高原上的", "蒲公英有着顽强的生命力，无论气"]
    above += ["候如何寒冷、土壤如何贫瘠，蒲公", "英都会迎风飞扬，将种子撒向广袤", "大地。"]
    head = ["周某强调", "推动建设", "更高水平", "平安中国", "法治中国"]
    body = [
        "本报北京1月19日",
        "电 （记者徐某）最高",
        "人民法院院长周某在18",
        "日至19日召开的全国高",
        "级法院院长会议上讲话",
    ]
    body += [
        "强调，要深入学习贯彻",
        "习近平总书记对政法工",
        "作重要指示精神，贯彻",
        "落实中央政法工作会议",
        "部署，依法履职尽责。",
    ]
    report = banmian.parse_text("\n".join([*above, *head, *body])).articles[-1]
    assert (report.kicker, report.title) == ("周某强调", "推动建设更高水平平安中国法治中国")


def test_an_unfinished_short_paragraph_split_into_headings_keeps_its_byline():
    # 苑社区书记胡某： / 每天要打近600个电话 / 本报记者 汪某, run on from the colon into one short "paragraph" that
    # ends no sentence, is a headline's lines; the last is the article's byline, not a subtitle
    from banmian.model import Line
    from banmian.reconstruct.reflow import Unit, _column_widths, _features, _heading_if_unfinished

    texts = ["“李某，赶快到社区广场门口，有车送", "你到社区卫生服务中心做检测。”"]
    texts += ["苑社区书记胡某：", "每天要打近600个电话", "本报记者 汪某"]
    pl, _ = _features([Line(t) for t in texts])
    _column_widths(pl)
    units = _heading_if_unfinished(Unit("paragraph", pl[2:]))
    assert [(u.kind, u.text) for u in units] == [
        ("heading", "苑社区书记胡某："),
        ("heading", "每天要打近600个电话"),
        ("byline", "本报记者 汪某"),
    ]


def test_an_attribution_broken_at_its_padding_stays_in_the_body():
    # ——编 / 者: an editor's note signed in padded cells, broken at the space; the two heading lines had opened
    # an article of their own, titled ——编者
    note = wrap(
        "本报讯 （记者 侯某）小康不小康，关键看老乡。通过各地各部门的不懈努力，不少乡村的人居环境明显改善。"
        "本版今起推出系列报道，敬请关注。",
        14,
    )
    body = wrap("2月8日，甘肃省武山县水务局接到紧急任务，要求尽快恢复一处农村供水工程，保障群众饮水安全。", 14)
    body += [""] + wrap("水务局立即组织技术人员赶赴现场，连续奋战两天，供水工程恢复正常，群众喝上了放心水。", 14)
    (a,) = banmian.parse_text("\n".join(["乡村环境 越来越美", "", *note, "——编", "者", "", *body])).articles
    assert ("subhead", "——编者") in [(b.type, b.text) for b in a.body]
    assert a.body[-1].text.startswith("水务局立即组织技术人员")


def test_the_end_of_a_series_closes_the_article_above():
    # （本系列评论到此结束） under the last paragraph of a commentary, over the next article's byline: the last paragraph
    # of its record all 12 times in 人民日报; read as a headline it became the next article's title
    first = wrap("越到最后时刻，越要响鼓重锤，咬定目标，精准施策，以坚如磐石的信心、只争朝夕的劲头打赢这场硬仗。", 18)
    first += [""] + wrap(
        "今天，我们已走过千山万水，但仍需要不断跋山涉水。我们坚信，以坚如磐石的信心、只争朝夕的劲头、"
        "坚韧不拔的毅力，乘势而上，尽锐出战，中华民族的千年梦想就一定能够实现。",
        18,
    )
    second = wrap("给予企业家奖励、荣誉等很重要，但最核心的，是尊重企业家的创意创新，成全企业家的创意创新", 12)
    second += [""] + wrap(
        "青岛是一座成全创业的城市，同时也是一座自己本身就在创业的城市，是充满创新活力的青春之城。", 12
    )
    lines = ["扎实苦干，用奋斗成就未来", "", *first, "", "（本系列评论到此结束）", "", "□本报记者 赵小羽 秦小静", ""]
    page = banmian.parse_text("\n".join(lines + second))
    assert [a.title for a in page.articles] == ["扎实苦干，用奋斗成就未来", None]
    assert page.articles[0].body[-1].text == "（本系列评论到此结束）"
    assert page.articles[1].byline == "□本报记者 赵小羽 秦小静"


def test_a_dash_line_naming_the_kind_of_piece_is_a_subtitle_not_a_subhead():
    # 凝心聚力 砥砺奋进 / ——全国政协十三届三次会议闭幕侧记 between two paragraphs: a dash line ending on the kind of piece
    # (侧记, 纪实, 综述, 引起强烈反响, 之际…: 233 subtitles of 人民日报, 4 body lines) is a headline's subtitle, so an
    # article starts there; read as two subheads, the side story ran into the report above it
    above = wrap("新华社北京5月27日电 政协第十三届全国委员会常务委员会第十一次会议27日在北京举行，汪洋主持会议。", 16)
    above += [""] + wrap("会议审议通过了政协第十三届全国委员会第三次会议各项决议草案，有关负责同志出席会议。", 16)
    below = ["初夏时节，晴空丽日。", ""] + wrap(
        "5月27日下午，2000多名全国政协委员会聚北京人民大会堂，出席全国政协十三届三次会议闭幕会。", 16
    )
    lines = ["全国政协十三届常委会第十一次会议举行", "", *above, "", "凝心聚力 砥砺奋进", ""]
    lines += ["——全国政协十三届三", "次会议闭幕侧记", "", *below]
    page = banmian.parse_text("\n".join(lines))
    assert [(a.title, a.subtitle) for a in page.articles] == [
        ("全国政协十三届常委会第十一次会议举行", None),
        ("凝心聚力 砥砺奋进", "——全国政协十三届三次会议闭幕侧记"),
    ]


def test_a_dash_line_ending_on_a_parts_number_is_a_subtitle():
    # 永葆人民军队性质宗旨本色 / ——坚定我们的制度自信（16） with no blank lines: a dash line ending on a series part's number
    # in brackets (16 subtitles of 人民日报 2019–2020, no body line) is the title's subtitle, a line of its own; it had run
    # into the title as one paragraph
    above = wrap("本报北京1月8日电 国务院办公厅日前印发意见，要求全面推进基层政务公开标准化规范化工作。", 12)
    body = wrap("最近一段时间，新型国产武器亮相国庆大阅兵，首艘国产航母交付海军，人民军队建设成就举世瞩目。", 12)
    for number in ("（16）", "（三）"):
        lines = [
            "国办印发意见",
            "全面推进基层政务公开",
            *above,
            "永葆人民军队性质宗旨本色",
            "——坚定我们的制度自信" + number,
        ]
        page = banmian.parse_text("\n".join([*lines, *body]))
        assert (page.articles[-1].title, page.articles[-1].subtitle) == (
            "永葆人民军队性质宗旨本色",
            "——坚定我们的制度自信" + number,
        )
        assert [b.text for b in page.articles[-1].body] == ["".join(body)]


def test_a_column_of_full_lines_with_marks_hung_past_its_edge_keeps_its_width():
    # a column set 17 cells wide whose lines end on a mark hung past the edge now and then (18 cells): the column
    # is 17 wide, so its full lines read as full, not one short of an 18-cell column (it was read as 18 wide)
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    text = (
        "国家发展改革委交通运输部国铁集团中国民航局等部门负责同志来到国务院新闻办公室一同介绍了春运形势和工作安排" * 2
    )
    full = [text[i : i + 17] for i in range(0, 17 * 5, 17)] * 4
    lines = [
        full[0][2:],
        full[1] + "，",
        *full[2:9],
        full[9] + "。",
        *full[10:16],
        full[16] + "，",
        *full[17:],
        "有关情况。",
    ]
    widths = [text_width(t) for t in lines]
    assert widths[1:-1].count(17) == 16 and widths[1:-1].count(18) == 3
    # (the column before it on the page is 18 cells wide)
    before = wrap("春节临近，各地交通部门提前谋划部署，加开临客列车，增加航班班次，全力保障旅客平安有序出行。" * 3, 18)
    pl, _ = reflow._features(text_to_lines("\n".join([*before, "", *lines])))
    reflow._column_widths(pl)
    assert {p.col for p in pl[: len(before)]} == {18.0}
    assert {p.col for p in pl[len(before) :]} == {17.0}


def test_without_blank_lines_a_dash_line_naming_the_kind_of_piece_is_a_subtitle():
    # pdftotext -raw: a title, its ——subtitle ending on the series' number (②) and a lead in bold that ends on no
    # mark, with no blank line anywhere; the three ran into one paragraph opening the body
    above = wrap("本报讯 （记者 王某）全国两会期间，多国人士通过各种渠道关注中国两会，认为中国经济长期向好。", 16)
    lead = ["“中国答卷”为人类应对", "风险挑战、谋求长远发展贡献", "了智慧和力量"]
    body = wrap(
        "中国国家治理体系和治理能力，在抗击突如其来的新冠肺炎疫情过程中经受了一次大考。这份赢得世界赞誉的"
        "“中国答卷”，引导观察中国全国两会的世界目光进一步聚焦中国国家治理体系和治理能力。",
        13,
    )
    above += ["（本报记者张某、李某、", "王某整理）"]
    head = ["“中国答卷”贡献智慧和力量", "——世界瞩目中国“两会时间”②"]
    page = banmian.parse_text("\n".join(["各国人士关注中国两会", *above, " 和音", *head, *lead, *body]))
    assert [(a.column, a.title, a.subtitle) for a in page.articles][-1] == ("和音", head[0], head[1])


def test_a_documents_signature_and_date_close_its_body():
    # 中华人民共和国国务院 / 2020年1月7日 under a decree: who issued it and the day (a short line ending on a full date:
    # 59 body lines of 人民日报, no headline field) closes the article, broken over lines or not; a document's date in
    # brackets under its title (（2020年5月27日）) is its subtitle, not a closing line
    assert P.closes_article("2020年1月7日") and P.closes_article("二〇二〇年一月十八日")
    assert P.closes_article("中华人民共和国国务院2020年1月7日")
    assert P.closes_article(join_lines(["中华人民共和国主席 习近平", "2020年3月15日"]))
    assert not P.closes_article("（2020年5月27日）")
    assert not P.closes_article("2020年1月7日起实施新规")
    # (the signer and the date, read under the body as one closing block, are two paragraphs: 人民日报 prints the date as
    # a paragraph of its own under its signer 58 times, on the signer's line once; a closing note stays one paragraph)
    body = [
        "在第四个全国科技工作者日到来之际，向全国科技工作者致以节日的问候。",
        "",
        "希望广大科技工作者勇担使命。",
        "",
    ]
    lines = ["科技工作者节日致辞", "", *body, "中国科学技术协会", "2020年5月30日"]
    assert _body_texts(lines)[-2:] == ["中国科学技术协会", "2020年5月30日"]
    assert _body_texts(["科技工作者节日致辞", "", *body, "2020年5月30日"])[-2:] == [
        "希望广大科技工作者勇担使命。",
        "2020年5月30日",
    ]


def test_a_name_set_off_over_a_headline_is_a_column_not_the_author_above():
    # " 钟声" (a commentary series' pen name, with the leading space of a line the extractor set off) over the next
    # headline: its column; read as a name closing the article above, it became that article's author
    above = wrap(
        "历史的车轮滚滚向前，经济全球化大势不可阻挡。各国应顺应大势，共同推动经济全球化朝着更加开放的方向发展。", 13
    )
    below = wrap("本报北京1月22日电 （记者 王某）世界经济论坛年会期间，与会代表积极评价中国为全球发展作出的贡献。", 13)
    lines = ["开放合作的大势", "", *above, "", "（本系列评论结束）", "", " 钟声", "", "壮大发展的力量", ""]
    lines += ["——再读主席“达沃斯演讲”③", "", *below]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert first.authors == [] and first.byline is None
    assert (second.column, second.title) == ("钟声", "壮大发展的力量")


def test_a_sections_reporter_is_an_author_only_when_no_byline_heads_the_article():
    # a report in sections, each with its own reporter (本报记者 王小峰 under a subhead): the names of the byline
    # over the article are its authors; a section's reporter stays in the body where it was printed
    intro = wrap("各地在做好疫情防控的同时，加快推进复工复产，一批重点项目陆续开工，经济运行逐步恢复常态。", 16)
    section = wrap("在四川成都高新区西区，一家电器公司的自动焊接机器人生产线上，工人们有条不紊地忙碌着。", 16)
    body = [*intro, "", "政企联动", "畅通产销", "", "本报记者 王小峰", "", *section]
    (a,) = banmian.parse_text("\n".join(["复工复产跑出加速度", "", "□本报记者 黄小锦 侯小芸", "", *body])).articles
    assert a.authors == ["黄小锦", "侯小芸"]
    assert "本报记者 王小峰" in [b.text for b in a.body]
    (a,) = banmian.parse_text("\n".join(["复工复产跑出加速度", "", *body])).articles
    assert a.authors == ["王小峰"]


def test_a_sections_byline_under_the_first_subhead_is_not_the_articles():
    # □本报记者 叶小平 under the title, then the first section's subhead and its own reporter (本报记者 郝小灿) before
    # any paragraph: the section's heading and byline open the body; the article's byline is the first one alone
    section = wrap("在河北石家庄，一家制药企业的生产线全速运转，工人们分三班倒，日产口罩十万只，全力保障供应。", 16)
    section += [""] + wrap("企业负责人说，复工以来，当地政府派出专人驻厂服务，帮助企业解决原料运输等难题。", 16)
    lines = ["复工复产跑出加速度", "", "□本报记者 叶小平", "", "一线见闻", "", "本报记者 郝小灿", "", *section]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.byline, a.authors) == ("□本报记者 叶小平", ["叶小平"])
    assert [(b.type, b.text) for b in a.body[:2]] == [("subhead", "一线见闻"), ("paragraph", "本报记者 郝小灿")]


def test_a_reporters_label_is_no_byline():
    # 记者探营 (a column's name: 记者 and what the reporter does), 【记者感言】, 记者点评: labels, not 记者 and a name
    for label in ("记者探营", "【记者感言】", "记者点评", "■记者手记"):
        assert not P.is_byline(label), label
    assert P.is_byline("本报记者 王探") and P.is_byline("□本报记者 徐欢莉 贺梅")


def test_a_commentators_column_is_no_byline():
    # 评论员观察 / 评论员随笔: 人民日报's column names, not 评论员 and a name; over its headline, the article's column
    assert not P.is_byline("评论员观察") and not P.is_byline("评论员随笔")
    assert P.is_byline("本报评论员") and P.is_byline("评论员 王观")
    body = wrap("党的十八大以来，党中央直面党内存在的种种问题，以前所未有的勇气和定力推进全面从严治党。", 16)
    lines = ["评论员观察", "", "全面从严治党，凝聚磅礴伟力", "", *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.column, a.title, a.byline) == ("评论员观察", "全面从严治党，凝聚磅礴伟力", None)
    # without blank lines (pdftotext -raw) the label ends its box too: not run into the title below it
    body = wrap("3年前的1月17日，习近平主席在瑞士达沃斯出席世界经济论坛2017年年会开幕式，发表了主旨演讲。", 16)
    body += wrap("演讲深刻阐述了中国对经济全球化的看法，为世界经济走出困境指明了方向，在国际社会引起强烈反响。", 16)
    (a,) = banmian.parse_text("\n".join([" 评论员观察", "开放合作，", "引领世界经济持续发展", *body])).articles
    assert (a.column, a.title, a.byline) == ("评论员观察", "开放合作，引领世界经济持续发展", None)


def test_zhongsheng_over_a_headline_is_its_column_not_the_reporter_above():
    # 钟声 (a surname and a given name) is the pen name 人民日报 prints over its world-affairs commentary: under
    # one article's body and over the next headline it names that column, not the first article's reporter
    first = [
        "本报北京2月25日电 （记者王莉）世界卫生组织总干事25日在日内瓦表示，中国采取的防控措施为世界争取了宝贵的时间。",
        "他说，中国在疫情暴发后迅速行动，有关数据显示，新增病例数量正在持续下降，这是各方共同努力的结果。",
    ]
    second = [
        "戴着有色眼镜看不到真相，抱着偏见也无法认清事实。近日，个别西方媒体发表带有种族歧视色彩的言论，引发广泛批评。",
        "面对疫情，各国应当携手应对，而不是相互指责。这些言论理应受到国际社会的共同谴责，也注定不会得逞。",
    ]
    lines = ["世卫组织肯定中国防控成效", ""] + [ln for p in first for ln in [*wrap(p, 16), ""]]
    lines += ["钟声", "", "不容种族歧视者胡说", ""] + [ln for p in second for ln in [*wrap(p, 16), ""]]
    a, b = banmian.parse_text("\n".join(lines)).articles
    assert (a.byline, a.authors) == (None, ["王莉"])
    assert (b.column, b.title) == ("钟声", "不容种族歧视者胡说")


def _paragraph_lines(text: str, w: int) -> list[str]:
    """A paragraph set in a column ``w`` cells wide as pdfminer gives it: the first line two cells short (its lost
    indent), a blank line after it."""
    return [text[: w - 2]] + [text[i : i + w] for i in range(w - 2, len(text), w)] + [""]


def _two_box_head(first: str, title: str, body: list[str]) -> tuple[str | None, str | None, str | None]:
    """(column, kicker, title) of a pdfminer-style page: two headline boxes over paragraphs of a 16-cell column."""
    lines = [first, "", title, ""] + [ln for p in body for ln in _paragraph_lines(p, 16)]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    return a.column, a.kicker, a.title


def test_a_first_box_saying_who_announces_or_calls_for_the_title_is_its_kicker():
    # 国际乒联宣布 / 釜山世乒赛将延期, 评论家呼唤 / 文学应多点“工业味儿”: who announces or calls for what the title says,
    # a kicker (人民日报 2019–2020: 15 kickers end so, no column's name); 建议 alone over a title stays what the column
    # rules make of it (a letters page's section)
    body = [
        "本报北京2月26日电 （记者孙某）国际乒联26日宣布，原定3月22日至29日在韩国釜山举行的团体世乒赛将延期举行。",
        "国际乒联表示，延期后的比赛日期将在与各方协商后另行公布，各参赛协会将及时得到通知。",
    ]

    for first, title in (("国际乒联宣布", "釜山世乒赛将延期"), ("评论家呼唤", "文学应多点“工业味儿”")):
        assert _two_box_head(first, title, body) == (None, first, title)
    assert _two_box_head("建议", "保护好农村水源安全", body)[1] != "建议"


def test_a_first_box_naming_the_nation_a_meeting_or_a_department_is_no_column(monkeypatch):
    # 全国公安机关 / 依法打击哄抬物价犯罪活动: a box that names the nation, a meeting, what is held or done, a department,
    # hospital or group is the kicker, however sure the column model is (here made to read every first box as a
    # column's name): 405 kickers of 人民日报 2019–2020 hold one of those words, none of its 3,724 column tags
    from banmian.reconstruct import assemble as A

    monkeypatch.setattr(A, "_column_logit", lambda x: 5.0)
    body = [
        "本报北京2月23日电 （记者张某）记者23日获悉，多地依法严厉打击哄抬防疫物资价格等犯罪活动，维护市场秩序。",
        "据介绍，一批哄抬口罩、消毒液价格，囤积居奇的案件已经查处，涉案人员依法受到惩处，市场价格总体平稳。",
    ]

    title = "依法打击哄抬物价犯罪活动"
    firsts = ("全国公安机关", "市卫健委召开会议", "协和医院医疗队", "建筑集团员工", "各有关部门", "各地加强监管")
    for first in (*firsts, "春季联合执法举行", "多地联合开展行动"):
        assert _two_box_head(first, title, body) == (None, first, title)
    assert _two_box_head("人民时评", title, body) == ("人民时评", None, title)


def test_a_decree_over_the_law_it_makes_public_opens_the_laws_article():
    # 中华人民共和国国务院令 / 第724号 / 《保障农民工工资支付条例》已经…通过，现予公布… over the law's headline and text: one
    # article, the law's, opening on the decree (as 人民日报 keeps its 9 such pages of 2019–2020); a decree making
    # public another law stays an article of its own
    law = [
        "第一条 为了规范农民工工资支付行为，保障农民工按时足额获得工资，根据有关法律规定，制定本条例。",
        "第二条 保障农民工工资支付，适用本条例。本条例所称农民工，是指为用人单位提供劳动的农村居民。",
    ]

    def page(decree: list[str], made_public: str, title: str) -> list[tuple[str | None, list[str]]]:
        lines = [x for t in decree for x in (t, "")] + _paragraph_lines(made_public, 14)
        lines += ["总理 李某", "", "2019年12月30日", "", title, ""]
        lines += [ln for p in law for ln in _paragraph_lines(p, 14)]
        return [(a.title, [b.text for b in a.body]) for a in banmian.parse_text("\n".join(lines)).articles]

    order = ["中华人民共和国国务院令", "第724号"]
    passed = "已经2019年12月4日国务院第73次常务会议通过，现予公布，自2020年5月1日起施行。"
    ((title, body),) = page(order, "《保障农民工工资支付条例》" + passed, "保障农民工工资支付条例")
    assert title == "保障农民工工资支付条例" and body[:2] == order and body[-2:] == law
    # (a law named with a name inside it: 〈…〉 in the decree's quotation, 《…》 in the headline)
    amends = "国务院关于修改《某某条例》的决定"
    ((title, _),) = page(order, "现公布《国务院关于修改〈某某条例〉的决定》，自公布之日起施行。", amends)
    assert title == amends
    assert [t for t, _ in page(order, "《优化营商环境条例》" + passed, amends)] == [order[0], amends]
    # (a report of the decree, not the decree: 李某签署国务院令 over …公布《…》，…)
    told = "新华社北京1月7日电 国务院总理李某日前签署国务院令，公布《保障农民工工资支付条例》，自2020年5月1日起施行。"
    titles = [t for t, _ in page(["李某签署国务院令"], told, "保障农民工工资支付条例")]
    assert titles == ["李某签署国务院令", "保障农民工工资支付条例"]


def test_a_heading_where_the_bodys_column_changes_width_opens_an_article():
    # an article's columns share one width: a subhead-shaped line with the body 13 cells wide above it and 18
    # below starts the next article; with one width on both sides it stays a subhead
    above = [
        "新年伊始，北京各区的社区服务中心陆续开放了线上预约服务，居民足不出户就能办好几十项事务。",
        "据统计，线上预约上线一周内，已有三万多名居民通过手机办理了业务，排队时间平均缩短了一半以上。",
    ]
    section = [
        "社区工作人员介绍，预约服务覆盖户籍、社保、医保等常用事项，老年人也可以请子女代为预约。",
        "不少居民说，过去办一件事要跑好几趟，如今在手机上点一点，到场后直接办理，省心多了。",
    ]
    below = [
        "市园林部门近日公布的数据显示，全市公园冬季游客明显增多，各公园将延长夜间开放时长。",
        "园林部门表示，各公园还将在主要园路增设照明设施，方便市民晚间散步健身，欢迎市民前来游览。",
    ]

    def page(w_above: int, w_below: int) -> str:
        lines = ["社区服务上线预约", "", "本报记者 王明", ""]
        lines += [ln for p in above for ln in _paragraph_lines(p, w_above)] + ["线上办事更便捷", ""]
        lines += [ln for p in section for ln in _paragraph_lines(p, w_above)] + ["公园服务更贴心", ""]
        lines += [ln for p in below for ln in _paragraph_lines(p, w_below)]
        return "\n".join(lines)

    one = banmian.parse_text(page(13, 13)).articles
    assert [a.title for a in one] == ["社区服务上线预约"]
    assert [b.text for b in one[0].body if b.type == "subhead"] == ["线上办事更便捷", "公园服务更贴心"]
    for w_above, w_below in ((13, 18), (18, 13)):
        two = banmian.parse_text(page(w_above, w_below)).articles
        assert [a.title for a in two] == ["社区服务上线预约", "公园服务更贴心"]
        assert [b.text for b in two[1].body] == below


def test_a_lead_sentence_the_body_says_again_opens_the_body():
    # a sentence of the body printed large under the headline, its full stop dropped, is the body's lead (a pull
    # quote), not a subtitle; a line of that shape the body does not repeat stays the subtitle
    def page(lead: str) -> str:
        return "\n".join(
            [
                "作风建设贵在坚持",
                "",
                lead[:9],
                lead[9:20],
                lead[20:],
                "",
                "本报记者 王明",
                "",
                "作风问题具有反复性和顽固性，必须",
                "抓常、抓细、抓长。只要真抓实干、久",
                "久为功，就能把好作风坚持下去。各地",
                "各部门要以钉钉子精神抓好落实。",
                "",
                "实践表明，作风建设没有休止符，只",
                "有持续用力，才能见到实效。",
            ]
        )

    a = banmian.parse_text(page("只要真抓实干、久久为功，就能把好作风坚持下去")).articles[0]
    assert a.title == "作风建设贵在坚持" and a.subtitle is None
    assert a.body[0].type == "paragraph" and a.body[0].text == "只要真抓实干、久久为功，就能把好作风坚持下去"
    a = banmian.parse_text(page("各地推动干部转作风、办实事，群众满意度持续提升")).articles[0]
    assert a.subtitle == "各地推动干部转作风、办实事，群众满意度持续提升"
    # what a meeting asked or decided (要求…，确定…) sums it up under the headline, though the body says it again
    agenda = "要求抓常抓细抓长，久久为功，就能把好作风坚持下去"
    text = page(agenda).replace("抓常、抓细、抓长。只要真抓实干、久", "要求抓常抓细抓长，久久为功，就能把好作")
    text = text.replace("久为功，就能把好作风坚持下去。各地", "风坚持下去。各地各部门要以钉钉子精神")
    a = banmian.parse_text(text).articles[0]
    assert a.subtitle == agenda and agenda in "".join(b.text for b in a.body)


def test_a_dateline_broken_at_the_column_edge_under_a_headline_opens_the_body():
    # pdftotext -raw: no blank lines, and the dateline broken before its 电 (本报天津2 月 22 / 日电 （记者…）): the
    # broken line is no subtitle, and the paragraph it opens goes on across the break
    def wrap(t: str, w: int = 11) -> list[str]:
        return [t[i : i + w] for i in range(0, len(t), w)]

    above = "园区企业复工复产稳步推进，各项防疫措施落实到位，员工返岗率逐日提升，生产线陆续恢复运转。"
    body = (
        "“复工以后住在哪里，上下班怎么走，这些问题园区都替我们想好了。”一家企业负责人说。园区为返岗员工"
        "统一安排集中住宿，开通通勤班车，并对企业房租给予减免，帮助企业渡过难关。"
    )
    lines = [
        "园区复工有序",
        *wrap(above),
        "高新区",
        "防疫减负两手抓",
        "本报天津2 月 22",
        "日电 （记者王明）",
        *wrap(body),
    ]
    arts = [a for a in banmian.parse_text("\n".join(lines)).articles if a.title == "防疫减负两手抓"]
    assert len(arts) == 1 and arts[0].subtitle is None and arts[0].authors == ["王明"]
    assert arts[0].body[0].text.startswith("本报天津2月22日电 （记者王明）“复工以后")


def test_a_photos_credit_ends_its_caption_in_a_narrow_column():
    # a credit line (新华社记者 唐 璐摄) ends the caption above it, even where the column is as narrow as the credit
    # and the line reads as full: the kicker under it (外交部发言人——) opens the next headline
    lines = [
        "眼科中心，成为当地眼疾患者的“希望之",
        "地”。图为日前，在马尔代夫首都马累附",
        "近的胡鲁马累医院，中国护士和当地护理",
        "人员核对手术清单。",
        "新华社记者 唐 璐摄",
        "外交部发言人——",
        "启动伊核协议争端",
        "解决机制不利于缓",
        "和当前紧张局势",
        "本报北京1月15日电 （记者王明）外",
        "交部发言人15日在例行记者会上表示，",
        "中方对有关国家启动争端解决机制感到",
        "遗憾，认为此举无助于解决问题，也不",
        "利于缓和当前的紧张局势。",
    ]
    arts = banmian.parse_text("\n".join(lines)).articles
    titled = [a for a in arts if a.title == "启动伊核协议争端解决机制不利于缓和当前紧张局势"]
    assert len(titled) == 1 and titled[0].kicker == "外交部发言人——"
    assert not any("外交部发言人——" in b.text for a in arts for b in a.body)


def test_a_headline_where_the_column_changes_width_is_no_member_of_a_set_of_subheads():
    # 武汉，负重前行的城市 reads like the article's three subheads below it (X，Y), but the body above it is 18 cells wide
    # and the body below 9: it heads the next article, and the set of subheads below does not pull it in
    above = [
        "一月三十日，江苏一家医用敷料公司车间一片忙碌，工人加班加点赶制一次性医用口罩，保障防疫物资供应。",
        "连日来，当地组织十多名党员和青年志愿者，帮助口罩生产企业解决用工短缺问题，确保重点防疫物资的供应。",
    ]
    lead = [
        "九天前，专家那句能不去就不去的建言变成现实。这座有一千多万人口的城市，全力抗击疫情，千万市民守望相助。",
        "城市按下暂停键，街道空空荡荡，商场大门紧闭，但医院里灯火通明，医护人员日夜奋战在救治一线，从未停歇。",
    ]
    sections = {
        "阴霾，笼罩城市": [
            "春节前后，许多家庭过得焦灼不安。老人连续多天发烧，子女四处求医，一床难求的消息让人揪心不已。",
            "社区干部挨家挨户排查登记，把需要就医的居民一一送到定点医院，把生活物资一件件送到居民家门口。",
        ],
        "逆行，全力抗疫": [
            "来自全国各地的医疗队陆续抵达，白衣天使们不顾个人安危，义无反顾地投入到救治患者的战斗中去。",
            "一位护士说，穿上防护服，就是战士，我们不会退缩，一定要守护好每一位患者，等着春天的到来。",
        ],
        "坚守，守护家园": [
            "快递小哥、环卫工人、超市店员，无数普通人坚守岗位，用平凡的付出守护着这座城市的正常运转。",
            "夜深了，城市的灯光依旧温暖，人们相信，寒冬终将过去，春天一定会来，这座英雄的城市终将重现生机。",
        ],
    }
    lines = ["抓生产保供应", "", "本报记者 王明", ""] + [ln for p in above for ln in _paragraph_lines(p, 18)]
    lines += ["王明摄（影像中国）", "", "武汉，负重前行的城市", ""] + [
        ln for p in lead for ln in _paragraph_lines(p, 9)
    ]
    for subhead, ps in sections.items():
        lines += [subhead, ""] + [ln for p in ps for ln in _paragraph_lines(p, 9)]
    arts = banmian.parse_text("\n".join(lines)).articles
    assert [a.title for a in arts] == ["抓生产保供应", "武汉，负重前行的城市"]
    assert [b.text for b in arts[1].body if b.type == "subhead"] == list(sections)


def test_a_speakers_attribution_and_told_to_line_close_the_column_above():
    # 声音: a speaker's words, ——who said them and where, （本报记者 X整理）; then the next article's body, its
    # headline printed after it.  The ——line is no headline, and the told-to line closes the column above
    spoken = [
        "推动高质量发展，最根本的是把新发展理念作为指挥棒，转化为咬紧牙关、奋力攀登的顽强意志和实际行动。",
        "全省干部决不能干那些只讨领导欢心、让群众失望的事，要让新答卷的每一笔都得到群众认可，经得起历史检验。",
    ]
    nxt = [
        "近年来，我国新能源汽车产销呈现快速增长，与此同时也带来了汽车动力蓄电池回收的新问题，亟待破解。",
        "蓄电池回收，难点不在于技术，而在于回收体系，需要企业、消费者和管理部门共同发力，形成合力。",
    ]
    for blanks in (True, False):
        lines = ["把新发展理念作为指挥棒", ""]
        lines += [ln for p in spoken for ln in _paragraph_lines(p, 15)]
        lines += ["——江苏省委书记娄勤俭在省委", "十三届七次全会上说", "", "（本报记者 何 聪整理）", ""]
        lines += [ln for p in nxt for ln in _paragraph_lines(p, 12)]
        lines += ["多方发力，破解蓄电池回收难题", ""]
        if not blanks:  # pdftotext -raw
            lines = [ln for ln in lines if ln]
        arts = banmian.parse_text("\n".join(lines)).articles
        assert [a.title for a in arts] == ["把新发展理念作为指挥棒", "多方发力，破解蓄电池回收难题"], blanks
        assert [b.text for b in arts[0].body[-2:]] == [
            "——江苏省委书记娄勤俭在省委十三届七次全会上说",
            "（本报记者 何 聪整理）",
        ]
        assert arts[1].body[0].text.startswith("近年来")


def test_two_compilation_items_run_together_and_an_items_headline_broken_in_two_stay_in_the_compilation():
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _compilations

    first = Article(title="微阅读", body=[Block("subhead", "甲"), Block("paragraph", BRIEF_A)])
    first.body.append(Block("paragraph", "（据新华社雅典电 记者王亚哲）"))
    # the third item's headline read as a subhead of the second
    second = Article(
        title="乙", body=[Block("paragraph", BRIEF_B), Block("paragraph", "（据新华社华盛顿电 记者周舟）")]
    )
    second.body += [Block("subhead", "丙"), Block("paragraph", BRIEF_A), Block("paragraph", "（据新华社北京电）")]
    (c,) = _compilations([first, second])
    assert c.title == "微阅读" and [b.text for b in c.body if b.type == "subhead"] == ["甲", "乙", "丙"]
    # an item's headline run on to a second line, read as title and subtitle: one subhead
    items = [
        Article(title=t, subtitle=s, body=[Block("paragraph", "本报电 " + x), Block("paragraph", "（张三）")])
        for t, s, x in [("中国银协评选发布2019年银行业", "十件大事", BRIEF_A), ("浙江推动减证便民", None, BRIEF_B)]
    ]
    items[0].column = "财经短波"
    (c,) = _compilations(items)
    assert c.title == "财经短波"
    assert [b.text for b in c.body if b.type == "subhead"] == [
        "中国银协评选发布2019年银行业十件大事",
        "浙江推动减证便民",
    ]
    # a ——subtitle is an article's, not an item's
    items[0].subtitle = "——记银行业十件大事"
    assert len(_compilations(items)) == 2
    # the title printed after the items, read as the column over the next article's kicker and title; an item's
    # headline broken inside a word, read as kicker and title
    items = [
        Article(title=t, kicker=k, body=[Block("paragraph", x), Block("paragraph", "（据新华社悉尼电 记者陈宇）")])
        for k, t, x in [(None, "甲", BRIEF_A), ("新型水凝胶可提升移植细", "胞的存活率", BRIEF_B)]
    ]
    nxt = Article(
        column="微阅读", kicker="据统计，热词使用率增加了100倍", title="下一篇", body=[Block("paragraph", SECTION)]
    )
    c, n = _compilations([*items, nxt])
    assert c.title == "微阅读" and [b.text for b in c.body if b.type == "subhead"] == [
        "甲",
        "新型水凝胶可提升移植细胞的存活率",
    ]
    assert (n.column, n.kicker, n.title) == (None, "据统计，热词使用率增加了100倍", "下一篇")
    # an item's own kicker (who or where) keeps it apart
    items[1].kicker, items[1].title = "农业农村部", "抓好菜篮子保供"
    assert len(_compilations([*items, nxt])) == 3


def test_a_columns_email_address_closes_its_article_even_with_the_label_on_a_line_of_its_own():
    # 电子信箱： / rmrbst@126.com under the last article of a column: the article ends there, and the next one's
    # body (its headline printed after it, at the page's foot) starts below; both in one column width
    first = [
        "近期，全国各地各类梅花陆续绽放，又到了出游赏梅的好时节，不少市民走出家门踏青赏梅。",
        "梅花是我国特产名花，中华民族对于梅花有着特殊的感情，历代文人留下了大量咏梅的诗句。",
        "不畏寒、不争春的梅花，将一直盛开在大江南北，一直绽放在中华民族的精神世界。",
    ]
    second = [
        "近年来，随着南北各地对生态保护和旅游发展日益重视，我国赏梅胜地越来越多，游客络绎不绝。",
        "南京梅花山、无锡梅园等地，都是著名的赏梅好去处，每年吸引大批游客前往观赏拍照留念。",
    ]
    for contact in (["电子信箱：", "rmrbst@126.com"], ["电子信箱：rmrbst@126.com"]):
        lines = ["又到赏梅好时节", ""] + [ln for p in first for ln in _paragraph_lines(p, 16)]
        lines += contact + [""] + [ln for p in second for ln in _paragraph_lines(p, 16)]
        lines += ["赏梅胜地越来越多", ""]
        arts = banmian.parse_text("\n".join(lines)).articles
        assert [a.title for a in arts] == ["又到赏梅好时节", "赏梅胜地越来越多"], contact
        assert arts[0].body[-1].text == "电子信箱：rmrbst@126.com"
        assert arts[1].body[0].text.startswith("近年来")


def test_a_bulleted_heading_is_a_sections_never_a_headline():
    # five community secretaries speak in turn, each section under a ●heading and closed by the speaker's name:
    # one article, its headline printed over it; no section's ●heading opens an article
    lead = (
        "本报讯 （记者 龙洋）社区是疫情联防联控的第一线。连日来，记者采访了武汉五位社区党委书记，听他们讲述战疫故事。"
    )
    sections = [
        (
            "●相信这一关，我",
            "们定能挺过去",
            "方书记吗？我家座机没人接，您能上去看看我父母吗？十五日下午三时，社区的电话又响了起来。",
        ),
        (
            "●一个微信群，服",
            "务整个社区",
            "社区建了一个微信群，居民有什么需要就在群里说，志愿者分头采购，再一家一家送上门去。",
        ),
        (
            "●日夜连轴转，每",
            "天忙到深夜",
            "从大年三十到现在，她没有休息过一天，每天都要忙到深夜十二点才能回家，睡上几个小时。",
        ),
    ]
    names = ["方冬菊", "彭婧", "杨柳"]
    lines = ["武汉五位社区党委书记夜以继", "日奋战一线——", "", "为了千家万户平安，值！", ""]
    lines += _paragraph_lines(lead, 14)
    for (a, b, text), name in zip(sections, names):
        lines += [a, b, ""] + _paragraph_lines(text, 14) + [name, ""]
    arts = banmian.parse_text("\n".join(lines)).articles
    assert [a.title for a in arts] == ["为了千家万户平安，值！"]
    assert [b.text for b in arts[0].body if b.text.startswith("●")] == [a + b for a, b, _ in sections]


def _plum_and_rail() -> tuple[list[str], list[str]]:
    """Two articles' paragraphs that share no words: 梅花 and 高铁."""
    plum = [
        "梅花是我国特产名花，梅花品种繁多，赏梅的人们从各地赶来，梅园里梅花盛开，香气四溢。",
        "梅园的工作人员介绍，今年梅花的花期比往年提前，梅花品种已达数百个，游客可以尽情赏梅。",
        "赏梅的游客说，梅花不畏严寒，梅花的精神值得学习，每年都要来梅园赏梅，拍下梅花的照片。",
    ]
    rail = [
        "高铁线路通车后，沿线居民乘坐高铁出行更加便捷，高铁站里旅客往来不断，列车准点运行。",
        "铁路部门介绍，这条高铁线路设计时速三百五十公里，高铁列车每天开行数十对，运力充足。",
        "乘坐高铁的旅客说，过去坐火车要一整天，现在乘高铁两个小时就到了，出行越来越方便。",
    ]
    return plum, rail


def test_a_body_between_two_headlines_is_cut_where_its_words_change():
    # an article read with a headline over its text and another printed after it holds two articles; neither
    # headline shares a word with the text, so the cut falls where the vocabulary changes (梅花 to 高铁), not
    # after the first paragraph
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    plum, rail = _plum_and_rail()
    lines = ["又到一年好时节", ""] + [ln for p in plum + rail for ln in _paragraph_lines(p, 16)]
    lines += ["新线开通服务民生", ""]
    units, _ = reflow(text_to_lines("\n".join(lines)))
    assert [u.kind for u in units] == ["heading"] + ["paragraph"] * 6 + ["heading"]
    first, second = _split_double_titles([_Draft(units[:1], units[-1:], units[1:-1])])
    assert [u.text for u in first.body] == plum and [u.text for u in second.body] == rail
    assert first.head_before == units[:1] and second.head_after == units[-1:]


def test_a_body_between_two_headlines_is_cut_under_the_line_closing_its_first_article():
    # the first article's text ends on its reporters' line, the second's runs on below it: the cut goes under
    # the closing line (both cuts share as few words; a closing line never opens the next article's body)
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    plum, rail = _plum_and_rail()
    # (… even where the paragraph under it shares a word with the first headline, 时节; but a sentence holding a
    # contact's word, 电话：, closes nothing: the second article opens on it)
    season = "这个时节，车站里人来人往，旅客们排队进站。"
    called = "记者接到铁路部门打来的电话：“高铁通车了。”"
    for closing, below in (
        ("（本报记者张洋、杨彦、谢卫群）", rail),
        ("版式设计：蔡华伟", rail),
        ("版式设计：蔡华伟", [season, *rail]),
        (None, [called, *rail]),
    ):
        above = [*plum, closing] if closing else plum
        lines = ["又到一年好时节", ""] + [ln for p in above + below for ln in _paragraph_lines(p, 16)]
        units, _ = reflow(text_to_lines("\n".join([*lines, "新线开通服务民生", ""])))
        assert [u.kind for u in units] == ["heading"] + ["paragraph"] * len(above + below) + ["heading"]
        first, second = _split_double_titles([_Draft(units[:1], units[-1:], units[1:-1])])
        assert [u.text for u in first.body] == above and [u.text for u in second.body] == below
    # (a heading between the closing line and the next paragraph goes with the text under it)
    above = [*plum, "（本报记者张洋、杨彦、谢卫群）"]
    lines = ["又到一年好时节", ""] + [ln for p in above for ln in _paragraph_lines(p, 16)] + ["", "节目单", ""]
    lines += [ln for p in rail for ln in _paragraph_lines(p, 16)] + ["新线开通服务民生", ""]
    units, _ = reflow(text_to_lines("\n".join(lines)))
    assert [u.kind for u in units] == ["heading"] + ["paragraph"] * 4 + ["heading"] + ["paragraph"] * 3 + ["heading"]
    first, second = _split_double_titles([_Draft(units[:1], units[-1:], units[1:-1])])
    assert [u.text for u in first.body] == above and [u.text for u in second.body] == ["节目单", *rail]


def test_a_pull_quote_right_over_the_cut_between_two_headlines_leads_the_text_under_it():
    # 中喀、中非关系是经得起考验的，任何破坏企图都注定是徒劳的 between a report and a commentary printed under one headline
    # and over another: a sentence left unfinished ends no article, it leads the one below; a finished sentence, one of
    # no clauses, one too long or too short for a quote and a credit stay where the words put them
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    plum, rail = _plum_and_rail()
    quote = "梅花香自苦寒来，赏梅的人们不畏严寒也都在路上，梅园里的游客越来越多"
    for q, leads in (
        (quote, True),
        (quote + "。", False),
        ("梅园里的游客越来越多“梅花节”吸引了各地游客前来赏梅拍照留念", False),
        (quote + "，梅园的工作人员说，今年梅花开得早，游客们纷纷赶来赏梅拍照", False),
        ("（本报记者王明、李华、赵强、孙丽，通讯员张三、李四）", False),
    ):
        lines = ["又到一年好时节", ""] + [ln for p in [*plum, q, *rail] for ln in _paragraph_lines(p, 16)]
        units, _ = reflow(text_to_lines("\n".join([*lines, "新线开通服务民生", ""])))
        assert [u.kind for u in units] == ["heading"] + ["paragraph"] * 7 + ["heading"], q
        first, second = _split_double_titles([_Draft(units[:1], units[-1:], units[1:-1])])
        assert [u.text for u in first.body] == (plum if leads else [*plum, q]), q
        assert [u.text for u in second.body] == ([q, *rail] if leads else rail), q
    # (a paragraph of clauses too short for a quote is none: a section's numbered heading read as a paragraph)
    from banmian.reconstruct.assemble import Unit, _lead_quote

    for text, is_quote in ((quote, True), ("（三）改进工作方法，提升服务质量", False)):
        (line,) = [ln for u in reflow(text_to_lines(text))[0] for ln in u.lines]
        assert _lead_quote(Unit("paragraph", [line])) == is_quote


def test_pull_quotes_over_a_body_with_a_commentarys_headline_after_it_open_its_text():
    # 终身学习，不断创造新的可能， / 不断把生命加宽变厚 over a commentary's text, 民生观 / 学习，帮您推开一扇门 printed after
    # it: the quotes are the commentary's first paragraph, the whole text its own (the cut had given the quotes the
    # text down to where the words change, as a title); under a headline with no column's name, over a quote that
    # leads in (——), a title closing on its tag or too short for a quote, or a first line that is no clause, the cut
    # stays
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    plum, rail = _plum_and_rail()
    body = [ln for p in plum + rail for ln in _paragraph_lines(p, 16)]
    quote = ["梅花香自苦寒来，赏梅的", "人们不畏严寒，高铁让", "赏梅的路途越来越近"]

    def drafts(head: list[str], after: list[str]) -> list:
        units, _ = reflow(text_to_lines("\n".join([*head, "", *body, *after, ""])))
        n, m = len(head), len([t for t in after if t])
        assert [u.kind for u in units] == ["heading"] * n + ["paragraph"] * 6 + ["heading"] * m
        return _split_double_titles([_Draft(units[:n], units[-m:], units[n:-m])])

    (whole,) = drafts(quote, ["民生观", "", "赏梅路上"])
    assert whole.head_before == [] and [u.text for u in whole.body] == ["".join(quote), *plum, *rail]
    for head, after in (
        (quote, ["民生观"]),  # (a column's name alone: no commentary's headline)
        (quote, ["高铁开通以后游客多了", "", "赏梅路上"]),
        ([*quote[:2], "赏梅的路途越来越近——"], ["民生观", "", "赏梅路上"]),
        ([*quote[:2], "赏梅路途更近（新春走基层）"], ["民生观", "", "赏梅路上"]),
        (["梅花香自苦寒来赏梅的", *quote[1:]], ["民生观", "", "赏梅路上"]),
        (["梅花开了，游客来了"], ["民生观", "", "赏梅路上"]),  # (too short for a quote: a title)
    ):
        assert len(drafts(head, after)) == 2, (head, after)


def test_a_labelled_line_over_a_body_between_two_headlines_opens_the_body():
    # 【人物】第二十次春节值班的民警赵志万 over a profile and its commentary, 暖闻热评 / 用警徽筑起安全防线 printed after them:
    # the labelled line is the body's first paragraph (人民日报 opens 101 paragraphs so, no headline), the whole text the
    # headline's; a line that is only a label, or one with no headline after the body, is left to the rules that follow
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    plum, rail = _plum_and_rail()
    body = [ln for p in plum + rail for ln in _paragraph_lines(p, 16)]
    label = "【人物】梅园护梅人王明"

    def drafts(head: str, after: list[str]) -> list:
        units, _ = reflow(text_to_lines("\n".join([head, "", *body, *after, ""])))
        m = len([t for t in after if t])
        assert [u.kind for u in units] == ["heading"] + ["paragraph"] * 6 + ["heading"] * m
        return _split_double_titles([_Draft(units[:1], units[len(units) - m :], units[1 : len(units) - m])])

    (whole,) = drafts(label, ["暖闻热评", "", "赏梅路上"])
    assert whole.head_before == [] and [u.text for u in whole.body] == [label, *plum, *rail]
    assert whole.body[0].kind == "paragraph"
    assert len(drafts("【人物】", ["暖闻热评", "", "赏梅路上"])) == 2
    (alone,) = drafts(label, [])
    assert [u.text for u in alone.head_before] == [label]


def test_a_lone_heading_line_over_a_body_between_two_headlines_may_head_none_of_it():
    # a photo's title over the text of the article headlined under it (比比谁更快 over a report on a railway, 高铁新线开通
    # 运行 printed after it): the whole text goes to the headline printed after it, the photo's title heads none;
    # a body of two articles is still cut where its words change (see above)
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    _, rail = _plum_and_rail()
    lines = ["比比谁更快", "", *[ln for p in rail for ln in _paragraph_lines(p, 16)], "高铁新线开通运行", ""]
    units, _ = reflow(text_to_lines("\n".join(lines)))
    assert [u.kind for u in units] == ["heading"] + ["paragraph"] * 3 + ["heading"]
    first, second = _split_double_titles([_Draft(units[:1], units[-1:], units[1:-1])])
    assert first.body == [] and first.head_before == units[:1]
    assert [u.text for u in second.body] == rail and second.head_after == units[-1:]
    # (a headline with a byline under it is a report's: it keeps text of its own)
    lines = ["比比谁更快", "本报记者 王明", "", *lines[2:]]
    units, _ = reflow(text_to_lines("\n".join(lines)))
    assert [u.kind for u in units] == ["heading", "byline"] + ["paragraph"] * 3 + ["heading"]
    first, second = _split_double_titles([_Draft(units[:2], units[-1:], units[2:-1])])
    assert first.body and second.body


def test_a_lone_heading_line_printed_after_a_body_between_two_headlines_may_take_none_of_it():
    # … and the other way round: a photo's title printed under the text of the article headlined over it takes none
    # of the text (a headline of two boxes there is a report's, printed after its body, and takes its share)
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    _, rail = _plum_and_rail()
    body = [ln for p in rail for ln in _paragraph_lines(p, 16)]
    for after, whole in ((["比比谁更快"], True), (["比比谁更快", "", "梅园赏花人"], False)):
        units, _ = reflow(text_to_lines("\n".join(["高铁新线开通运行", "", *body, *after, ""])))
        n = len(after) - after.count("")
        assert [u.kind for u in units] == ["heading"] + ["paragraph"] * 3 + ["heading"] * n
        drafts = _split_double_titles([_Draft(units[:1], units[-n:], units[1:-n])])
        assert [u.text for u in drafts[0].body] == (rail if whole else rail[: len(drafts[0].body)])
        assert (drafts[1].body == []) == whole


def test_a_lone_heading_line_shaped_like_the_bodys_subheads_is_its_first_subhead():
    # a feature's first subhead printed over its text, its headline after it (海外中国年味别样浓 over sections headed
    # 中国春节成为多国公共假日, 普天同庆增进中外友情; “春节是中国的，也是世界的” at the foot): one article, the whole
    # text the headline's, the lone line its first subhead, even where a paragraph quotes the headline's words
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    plum, rail = _plum_and_rail()
    paras = [plum[0], plum[1], rail[0], rail[1]]

    def drafts(head: list[str], subheads: list[list[str]], first: str | None = None) -> list:
        lines = [*head, ""]
        body = [first or paras[0], *paras[1:]]
        for i, p in enumerate(body):
            if 0 < i <= len(subheads):
                lines += [*subheads[i - 1], ""]
            lines += _paragraph_lines(p, 16)
        units, _ = reflow(text_to_lines("\n".join([*lines, "新线开通服务民生", ""])))
        n = len(head)
        assert [u.kind for u in units[:n]] == ["heading"] * n and units[-1].kind == "heading"
        return _split_double_titles([_Draft(units[:n], units[-1:], units[n:-1])])

    alike = [["梅园花开香满园"], ["高铁通车方便多"], ["沿线居民笑开颜"]]
    (whole,) = drafts(["海外赏梅正当时"], alike)
    assert whole.head_before == [] and [u.text for u in whole.body[:1]] == ["海外赏梅正当时"]
    assert [u.text for u in whole.body if u.kind == "paragraph"] == paras and len(whole.head_after) == 1
    # (a subhead wrapped at a narrow column's edge, its last character on a line of its own, is one of the set:
    # 中国春节成为多国公共假 / 日)
    (whole,) = drafts(["海外赏梅正当时"], [["梅园花开香满园游", "人"], ["高铁通车方便多"]])
    assert whole.head_before == [] and [u.text for u in whole.body if u.kind == "paragraph"] == paras
    # (the cut stays: under a title of two lines, over subheads of another shape or of one alike, over subheads
    # of two lines, over a news lead opening on its dateline or a lead label; short paragraphs are no subheads)
    dateline = "本报北京1月5日电 （记者王明）" + plum[0]
    two_lines = [
        ["梅园花开香满园", "游人如织赏梅忙"],
        ["高铁通车方便多", "沿线居民笑开颜"],
        ["出行更方便了", "时间缩短了"],
    ]
    for head, subheads, first in (
        (["海外赏梅正当时", "梅园里人来人往"], alike, None),
        (["海外赏梅"], [["梅园花开香满园引来各地游客赏梅"], ["高铁通车方便多"]], None),
        (["海外赏梅正当时"], [["梅园花开香满园"], ["高铁"], ["沿线"]], None),
        (["海外赏梅正当时"], two_lines, None),
        (["海外赏梅正当时"], alike, dateline),
        (["海外赏梅正当时"], alike, "核心阅读\n\n" + plum[0]),
        (["海外赏梅正当时"], [["梅园花开了。"], ["高铁通车了。"], ["居民笑开颜。"]], None),
    ):
        out = drafts(head, subheads, first)
        assert len(out) == 2 and len(out[0].head_before) == len(head), (head, subheads)


def test_heading_lines_that_read_as_a_closing_line_are_no_second_headline():
    # a reporters' line or a layout credit broken over two lines and read as heading lines under a body is no
    # headline printed after it: the body under its one headline is not cut
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    plum, rail = _plum_and_rail()
    for tail, cut in (("（本报记者 吴齐\n强整理）", False), ("版式设计\n\n沈亦伶", False), ("新线开通服务民生", True)):
        lines = ["又到一年好时节", ""] + [ln for p in plum + rail for ln in _paragraph_lines(p, 16)]
        units, _ = reflow(text_to_lines("\n".join(lines)))
        after, _ = reflow(text_to_lines(tail))
        assert [u.kind for u in units] == ["heading"] + ["paragraph"] * 6 and {u.kind for u in after} == {"heading"}
        drafts = _split_double_titles([_Draft(units[:1], after, units[1:])])
        assert len(drafts) == (2 if cut else 1)


def test_a_dateline_inside_a_run_opens_an_article_where_the_words_change():
    # two reports of one meeting, each on its own dateline, under one headline: one article, even with another
    # headline printed below them; a report on something else under the second dateline is that headline's
    meet = [
        "本报北京1月31日电 （记者王迪）国务院总理李克强31日在人民大会堂会见卡塔尔埃米尔塔米姆，双方就深化中卡合作交换意见。",
        "李克强表示，中方愿同卡方加强能源、投资、金融等领域合作，推动中卡战略伙伴关系不断向前发展，造福两国人民。",
    ]
    same = [
        "本报北京1月31日电 （记者杜一菲）全国人大常委会委员长栗战书31日在人民大会堂会见卡塔尔埃米尔塔米姆。",
        "栗战书表示，中方愿同卡方加强立法机构交流合作，为深化中卡战略伙伴关系、推动两国合作提供法律保障。",
    ]
    other = [
        "本报上海1月31日电 （记者谢卫群）上海今年将新建改建公园五十座，新增绿地一千公顷，让市民出门见绿。",
        "上海市绿化部门介绍，新建公园将向市民全天开放，公园里将增设健身步道、儿童游乐设施和休憩座椅。",
    ]
    for second, split in ((same, False), (other, True)):
        lines = ["李克强栗战书分别会见卡塔尔埃米尔塔米姆", ""]
        lines += [ln for p in meet + second for ln in _paragraph_lines(p, 16)] + ["上海新建公园五十座", ""]
        arts = banmian.parse_text("\n".join(lines)).articles
        assert [b.text for b in arts[0].body] == (meet if split else meet + second)
        assert [b.text for b in arts[1].body] == (second if split else [])


def test_a_speaker_named_by_office_or_quoting_a_venue_closes_the_text_above():
    # ——X书记、主任Y (over three lines or two, the name spaced, a space before it or none) and ——X在“Y”上说 (a venue in quotation marks) say who
    # spoke the text above: body lines, not the next article's headline
    said = [
        "以惩戒与教育、宽严相济的方式处理违纪违法的党员干部，有利于唤醒他们对组织的信任、对党纪国法的敬畏。",
        "我们将积极探索精准监督，为廉洁自律者撑腰，促违纪违法者醒悟，实现政治效果、纪法效果和社会效果相统一。",
    ]
    nxt = [
        "本报讯 （记者 邓荔昭）春运期间，成都客运段党员服务队在列车上开设爱心车厢，为独自乘车的孩子提供照顾。",
        "服务队队员每隔半小时巡视一次车厢，帮助小乘客打水、取餐，并与家长保持联系，让家长放心、孩子安心。",
    ]
    for speaker in (
        ["——江苏省太仓市", "纪委书记、市监委主任", "杨 庆"],
        ["——江苏省太仓市纪委书", "记、市监委主任 杨 庆"],  # (a space before the name, as pdftotext keeps it)
        ["——山东省委常委、青岛市委书记王清", "宪近日在“青岛产业独角兽创新合作交流会”", "上说"],
    ):
        lines = ["执纪者说", ""] + [ln for p in said for ln in _paragraph_lines(p, 12)][:-1] + speaker + [""]
        lines += ["党员服务队关爱小乘客", ""] + [ln for p in nxt for ln in _paragraph_lines(p, 12)]
        arts = banmian.parse_text("\n".join(lines)).articles
        assert [a.title for a in arts] == ["执纪者说", "党员服务队关爱小乘客"], speaker
        assert arts[0].body[-1].text.replace(" ", "") == "".join(speaker).replace(" ", "")


def test_where_blank_lines_set_a_groups_boxes_apart_a_boundary_falls_only_at_one(monkeypatch):
    # pdftotext: a page with few blank lines (read as having none), but one between each two blocks of a
    # headline group (创新谈 / 严谨细致的作风弥足珍贵 / 弘扬科学 精神 助力 国计民生 / ——…巡礼).  Even a split model
    # that would cut inside the three-line title (before 国计民生) is held to the blank lines
    from banmian.reconstruct import assemble
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(
        assemble,
        "_split_logit",
        lambda g, k, *rest: 20.0 if k < len(g.units) and g.units[k].text == "国计民生" else 0.0,
    )
    a = [
        "严谨细致，是科学家基本的专业素养。追求真理是伟大的事业，也是艰苦的历程，容不得半点马虎。",
        "如今，新一代青年科学家茁壮成长，日益成为创新的生力军，相信他们会将严谨细致的科学精神传承下去。",
    ]
    b = [
        "1月10日，国家科学技术奖励大会在北京举行，党中央、国务院隆重表彰了2019年度获奖的科技工作者。",
        "获奖的科技成果彰显了我国的创新自信，本版今起刊发获奖项目巡礼，讲述科技工作者背后的故事。",
    ]
    lines = [ln for p in a for ln in _paragraph_lines(p, 13) if ln]
    lines += ["", "创新谈", "", "严谨细致的作风弥足珍贵", "", "弘扬科学", "精神 助力", "国计民生", ""]
    lines += ["——2019年度国", "家科技奖励大会", "获奖项目巡礼", ""] + [
        ln for p in b for ln in _paragraph_lines(p, 11) if ln
    ]
    _, _, runs, groups, _ = assemble.read_page(text_to_lines("\n".join(lines)))
    (g,) = groups
    (choice,) = assemble._decide(runs, groups, None, False)[0]
    assert not choice.sub and g.units[choice.k].blank_before


def test_a_note_in_brackets_broken_over_two_lines_is_one_line_of_text():
    # pdftotext -raw: （作者单位：…大健康 / 发展研究中心） over a column's name and the next headline; the note's
    # second line, short and unfinished, is no heading
    body = [
        "推动农村电商持续发展，需要制定科学合理的农业生产标准，加强对农业生产、产品加工、市场准入等重点领域的监管。",
        "引导具有实践经验的电商从业者返乡创业，鼓励电子商务职业经理人到农村发展，带动更多农民增收致富。",
    ]
    nxt = [
        "本报北京5月6日电 （记者王明）今年脱贫攻坚要全面收官，原本就有不少硬仗要打，现在还要努力克服疫情的影响。",
        "各地要在重精准上再加把劲，因时、因势、因户、因人精准施策，确保高质量完成脱贫攻坚目标任务。",
    ]
    for note in (["（作者单位：江苏徐州生物科技与大健康", "发展研究中心）"], ["（本报记者易舒冉", "采访整理）"]):
        lines = ["农村电商大有可为"] + [ln for p in body for ln in _paragraph_lines(p, 18) if ln] + note
        lines += ["思想纵横", "脱贫攻坚再加把劲"] + [ln for p in nxt for ln in _paragraph_lines(p, 18) if ln]
        page = banmian.parse_text("\n".join(lines))
        whole = "".join(note)
        texts = [a.byline or "" for a in page.articles] + [b.text for a in page.articles for b in a.body]
        assert any(whole in t.replace(" ", "") for t in texts), note
        assert not any(note[1] in (a.title or "") + (a.kicker or "") for a in page.articles)


def test_a_mark_opened_in_one_heading_line_and_closed_in_the_next_holds_them_in_one_headline(monkeypatch):
    # pdftotext -raw: ——《新时代·新 / 思想》简评, the subtitle of the headline above; even a split model that
    # would cut between the two lines (the second opening the next article's headline) is held to the mark
    from banmian.reconstruct import assemble
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(
        assemble,
        "_split_logit",
        lambda g, k, *rest: 20.0 if k < len(g.units) and g.units[k].text == "思想》简评" else 0.0,
    )
    a = "党的理论创新每前进一步，理论武装就要跟进一步。这本书以问答的形式阐释新思想，是加强理论武装的有益参考。"
    b = "本报讯 （记者谭婕竹）今年高校毕业生人数再创新高，各地精准施策，千方百计做好高校毕业生就业工作。"
    lines = ["以理论武装凝心铸魂"] + [ln for ln in _paragraph_lines(a, 16) if ln]
    lines += ["新书评介", "加强理论武装的有益参考", "——《新时代·新", "思想》简评"]
    lines += [ln for ln in _paragraph_lines(b, 12) if ln]
    _, _, runs, groups, _ = assemble.read_page(text_to_lines("\n".join(lines)))
    g, choice = groups[-1], assemble._decide(runs, groups, None, False)[0][-1]
    assert [u.text for u in g.units][-2:] == ["——《新时代·新", "思想》简评"]
    assert [u.text for u in g.units][choice.k - 1 : choice.k + 1] != ["——《新时代·新", "思想》简评"]


def test_a_short_line_cut_inside_a_word_before_a_paragraphs_last_line_runs_on():
    # pdftotext -raw: 会议还研究了其他事 / 项。 — short, unfinished, over a last line of two cells: the word 事项
    # runs across the break, so the two lines are the meeting report's last sentence, no headline (a headline's
    # line over a short line of its own ending no sentence stays apart)
    from banmian.model import Line
    from banmian.reconstruct.reflow import _features, continues

    for texts, runs_on in (
        (["会议还研究了其他事", "项。", "打响疫情防控的人民战争"], True),
        (["会议还研究了其他事", "项", "打响疫情防控的人民战争"], False),
    ):
        pl, _ = _features([Line(t) for t in texts])
        for p in pl:
            p.col = 14.0
        assert continues(pl, 0) is runs_on, texts


def test_the_title_model_wants_less_on_pages_blank_only_between_column_chunks(monkeypatch):
    # two headline boxes the title model finds a shade likelier title over subtitle (log-odds -0.25 for kicker over
    # title): so read where blank lines set paragraphs apart (pdfminer); kicker over title where they fall between
    # column chunks only (pdftotext), on whose pages the model leaves too many a kicker over its title unread
    from banmian.reconstruct import assemble

    monkeypatch.setattr(assemble, "_title_logit", lambda x: -0.25)
    head = ["各地春耕备耕扎实推进", "", "农资供应充足价格平稳", ""]
    paragraphs = [
        wrap("立春过后，各地抓住农时，组织农民整地备耕，农资企业加紧生产，确保化肥、种子供应充足。", 14),
        wrap("记者在多个农资门店看到，化肥、农药、种子等货源充足，价格与去年同期基本持平，农民购买方便。", 14),
        wrap("农业农村部门组织技术人员下乡，指导农民科学施肥、合理用药，为全年粮食丰收打下基础。", 14),
    ]
    pdfminer = head + [line for p in paragraphs for line in [*p, ""]]
    pdftotext = head + [line for p in paragraphs for line in p]
    (a,) = banmian.parse_text("\n".join(pdfminer)).articles
    assert (a.kicker, a.title, a.subtitle) == (None, "各地春耕备耕扎实推进", "农资供应充足价格平稳")
    (a,) = banmian.parse_text("\n".join(pdftotext)).articles
    assert (a.kicker, a.title, a.subtitle) == ("各地春耕备耕扎实推进", "农资供应充足价格平稳", None)


def test_a_heading_the_subhead_model_leans_a_little_against_stays_a_subhead(monkeypatch):
    # a boundary costs the page's reading 1.0: a group whose subhead score falls just short of even (here -2.6,
    # between the two costs' tipping points) stays in its article; at 0.5 it cut the article in three
    from banmian.reconstruct import assemble

    monkeypatch.setattr(assemble, "_learned_sub_score", lambda *a: -2.6)
    lines = [
        "县城夜市点亮消费新场景",
        "",
        *wrap("入夜，县城广场上灯火通明，夜市摊位一字排开，烧烤、小吃、手工艺品应有尽有，吸引了不少市民前来。", 14),
        "",
        *wrap("摊主们说，今年县里统一规划了摊位，水电配套齐全，生意比往年好做多了，收入也稳定了不少。", 14),
        "",
        "配套跟上 生意红火",
        "",
        *wrap("为了让夜市经济持续健康发展，县里还成立了专门的服务队，负责卫生保洁和秩序维护，市民们纷纷点赞。", 14),
        "",
        *wrap("不少外地游客也专程赶来，品尝地道小吃，感受县城夜生活的烟火气，夜市成了县城的新名片。", 14),
    ]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.title == "县城夜市点亮消费新场景"
    assert [b.text for b in a.body if b.type == "subhead"] == ["配套跟上 生意红火"]


def test_a_line_a_cell_short_with_no_stop_may_end_its_paragraph_over_a_lost_indent():
    # a lead-in set as a paragraph of its own ends on no stop, its last line a cell short of the column; the
    # next line is two cells short (a first line's lost indent): two paragraphs, with blank lines or without
    # (a cell short passes for full, and the paragraph was run on without asking the line-break model)
    lead_in = [
        "一街一策，把改造",
        "办到居民心坎上，让老街",
        "区的生活更加方便舒心起",
        "来，也让沿街商铺的生意",
        "随之红火，越开越兴旺",
    ]
    after = [
        "今年开春以后，区里",
        "又启动了第二批改造项",
        "目，计划在年底前全部完",
        "工，惠及近万户居民家庭",
        "和两百多家沿街的小店。",
    ]
    assert [text_width(x) for x in lead_in] == [8, 11, 11, 11, 10] and text_width(after[0]) == 9
    lines = [
        "老街区焕发新活力",
        "",
        *["本报讯 （记者 林清）这座", "山城的老街区近年来陆续", "完成了管网改造和外立面", "整修，居民出行更加便利，"],
        "街巷也更加整洁有序。",
        "",
        *lead_in,
        "",
        *after,
        "",
        *[
            "街道负责人介绍，改",
            "造方案先后征求了三轮意",
            "见，居民提出的加装电梯",
            "和增设停车位等建议都被",
            "写进了方案。",
        ],
    ]
    for page in ("\n".join(lines), "\n".join(x for x in lines if x)):
        (a,) = banmian.parse_text(page).articles
        texts = [b.text for b in a.body]
        assert (
            texts[1]
            == "一街一策，把改造办到居民心坎上，让老街区的生活更加方便舒心起来，也让沿街商铺的生意随之红火，越开越兴旺"
        )
        assert texts[2].startswith("今年开春以后") and len(texts) == 4


def test_without_blank_lines_a_box_under_a_lead_in_kickers_title_is_the_titles_second_line(monkeypatch):
    # pdftotext -raw: 市教育局—— / 推动更多优质课程走进 / 乡村学校的课堂: a kicker that introduces its title
    # seldom has a subtitle under it (23 in 1,111 in 人民日报), so a box break there needs the box model sure,
    # past LEAD_IN_SUB, where elsewhere a little below even odds will do
    from banmian.reconstruct import assemble as A

    body = "本报讯 （记者王明）" + _LEAN_BODY
    lines = ["市教育局——", "推动更多优质课程走进", "乡村学校的课堂", *wrap(body, 16)]
    monkeypatch.setattr(A, "_box_logit", lambda x: 0.5)  # a break, by the usual threshold
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert (art.kicker, art.title, art.subtitle) == ("市教育局——", "推动更多优质课程走进乡村学校的课堂", None)
    monkeypatch.setattr(A, "_box_logit", lambda x: A.LEAD_IN_SUB + 0.5)  # the model sure: a subtitle
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert (art.kicker, art.title, art.subtitle) == ("市教育局——", "推动更多优质课程走进", "乡村学校的课堂")
    # under a kicker that introduces nothing the usual threshold holds
    lines[0] = "市教育局工作见闻"
    monkeypatch.setattr(A, "_box_logit", lambda x: 0.5)
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert "乡村学校的课堂" in (art.kicker, art.title, art.subtitle)  # (its own box, whichever role it takes)


def test_an_address_cut_at_the_columns_edge_goes_on_in_the_next_line():
    # pdftotext: 栏目投稿邮箱：yxxz8494@ / 163.com — the contact line is no full line, and 163.com, short and with no
    # stop, was read as the next article's title
    for first, second, address in (
        ("abcd1234@", "163.com", "abcd1234@163.com"),
        ("news@peo-", "ple.cn", "news@people.cn"),  # (a Latin word's line-end hyphen goes)
        ("rmrbgj@163.", "com", "rmrbgj@163.com"),
        # (cut before the @ or inside the name: the line under it is the address's tail alone)
        ("abcd1234", "@163.com", "abcd1234@163.com"),
        ("abcd", "1234@163.com", "abcd1234@163.com"),
    ):
        lines = [
            "港口码头投入试运行",
            *wrap("本报上海3月1日电 （记者王明）" + _ABOVE, 16),
            "栏目投稿邮箱：" + first,
            second,
            "",
            "课后服务让孩子们在校园里动起来",
            *wrap("本报讯 （记者李华）" + _LEAN_BODY, 16),
        ]
        page = banmian.parse_text("\n".join(lines))
        assert [a.title for a in page.articles] == ["港口码头投入试运行", "课后服务让孩子们在校园里动起来"], address
        assert page.articles[0].body[-1].text == "栏目投稿邮箱：" + address


def test_an_address_tail_goes_on_only_under_an_address_label_and_only_as_an_address():
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    def goes_on(first: str, second: str) -> bool:
        pl, _ = reflow._features(
            text_to_lines("\n".join(["前面的一行正文。", "再来一行正文。", first, second, "后面一行。"]))
        )
        last, p = (next(q for q in pl if q.text.strip() == t) for t in (first, second))
        return reflow._address_goes_on(last, p)

    assert goes_on("栏目投稿邮箱：abcd1234", "@163.com")
    assert goes_on("电子信箱：", "rmrbst@126.com")
    assert goes_on("网址：www", ".people.cn")
    assert not goes_on("咨询电话：4008002211", "@163.com")  # (no address's label)
    assert not goes_on("栏目投稿邮箱：abcd1234", "@163com")  # (no domain)
    assert not goes_on("栏目投稿邮箱：abcd1234", "欢迎投稿.com")  # (not Latin)


def test_a_full_line_ending_on_a_colon_may_end_its_paragraph_over_a_lost_indent():
    # pdftotext -raw: …提出以下三点建议，供各地参考借鉴： fills the column and ends on no stop, so it was run on,
    # unasked, into the next line — two cells short, the first line of a paragraph that lost its indent; the
    # line-break model decides there now, as under a line a cell short
    lines = [
        "乡村振兴要久久为功",
        "本报北京3月1日电 （记者王明）",
        "为总结各地经验，记者日前走访了多",
        "个省份的乡村振兴示范村，听取基层",
        "干部群众意见。近年来，各地在推进",
        "乡村振兴中积累了不少经验，专家提",
        "出以下三点建议，供各地参考借鉴：",
        "一是加强规划引领，统筹安排村",
        "庄布局和产业发展，避免一哄而上，",
        "让每一分投入都见到实效。",
        "二是完善投入机制，引导社会资",
        "本参与乡村建设，形成多元投入的格",
        "局，更好调动农民积极性。",
    ]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text[:4] for b in art.body] == ["本报北京", "一是加强", "二是完善"]
    assert art.body[0].text.endswith("供各地参考借鉴：")


_BUS_REPORT = [
    "公交线路全面恢复运营",
    "",
    "本报杭州3月6日电 （记者",
    "李明）记者6日从市交通局获",
    "悉：全市公交线路已经恢复正",
    "常运营，客流逐步回升到往年",
    "同期的六成以上。",
    "",
]
_BUS_CLOSING = ["", "市交通局有关负责人表示，将继", "续做好车辆消毒通风工作，保障", "市民安全出行。"]


def test_a_line_ending_on_a_comma_over_a_paragraph_opens_it():
    # a short line ending on a comma read as a heading line (no stop, no lost indent to see): no headline ends on
    # ，、；, so with a paragraph right under it, it is that paragraph's first line — not a subhead
    lines = [*_BUS_REPORT, "在市交通局统一安排下，", "3月 5 日，各条公交线路全", "面恢复正常运营。", *_BUS_CLOSING]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.type for b in art.body] == ["paragraph"] * 3
    assert art.body[1].text == "在市交通局统一安排下，3月5日，各条公交线路全面恢复正常运营。"


def test_a_line_with_a_comma_over_a_paragraph_opens_it_where_blank_lines_part_paragraphs():
    # pdfminer's text: a blank line before most paragraphs, so a heading line right over a paragraph is rare; one
    # holding a comma (去年，市里完善 / 公交票价…) is body text the line model cut off
    lines = [*_BUS_REPORT, "去年，市里完善", "公交票价形成机制，票价", "更加透明合理。", *_BUS_CLOSING]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.type for b in art.body] == ["paragraph"] * 3
    assert art.body[1].text == "去年，市里完善公交票价形成机制，票价更加透明合理。"
    # (… and so is one with no comma that runs into the paragraph inside a word of the dictionary, 巴特尔出 / 席会议: 出席;
    # not a foreign author's line, （日本）新田嘉一 / 新中国成立…, where the segmenter reads 一新, nor a line over a name
    # opening the paragraph, 就业 / 余蔚平: 业余; nor where blank lines do not part paragraphs, see the test of a line
    # with a comma running into the paragraph under it)
    from banmian.reconstruct import reflow as R
    from banmian.reconstruct.unit import Unit
    from banmian.sources.text import text_to_lines

    def read(head: str, para: str) -> list[str]:
        pl, _ = R._features(text_to_lines("\n".join([*_BUS_CLOSING[1:] * 3, head, para])))
        body = [Unit("paragraph", pl[k : k + 3], True) for k in (0, 3, 6)]
        out = R._comma_lines_open_paragraphs(
            [*body, Unit("heading", [pl[9]], True), Unit("paragraph", [pl[10]], False)]
        )
        return [u.kind for u in out[3:]]

    assert read("市政协副主席王某某出", "席会议并讲话。") == ["paragraph"]
    assert read("（日本）新田嘉一", "新中国成立以来变化巨大。") == ["heading", "paragraph"]
    assert read("财政将继续加力稳岗就业", "余蔚平表示，社会保险基金运行良好。") == ["heading", "paragraph"]  # (业余)


def test_without_blank_lines_a_headline_line_ending_on_an_open_word_goes_on():
    # pdftotext -raw: 区政府同 / 驻区企业举行座谈 — a short first box is most often a column's name, but no headline
    # ends on 同, 对, 的: the title goes on in the next line; 参与 (a word ending on 与) ends a box as it may (here
    # the title, over the leader who attended)
    body = wrap("本报北京3月2日电 （记者林川）市政府日前宣布，对今年入夏以来的山林火灾展开调查，查明起火原因。", 16)
    for head, want in (
        (["区政府同", "驻区企业举行座谈"], (None, None, "区政府同驻区企业举行座谈")),
        (["市政府宣布对", "山林火灾展开调查"], (None, None, "市政府宣布对山林火灾展开调查")),
        (["全国政协委员积极参与", "汪洋出席并讲话"], (None, None, "全国政协委员积极参与")),
    ):
        (art,) = banmian.parse_text("\n".join(head + body)).articles
        assert (art.column, art.kicker, art.title) == want


def test_words_both_headlines_hold_pull_no_paragraph_to_either():
    # an article with a headline before and after its body holds two: the cut follows the paragraphs' leaning to
    # each headline's words — but a series' name printed over both (统筹推进各项工作) leans to neither, or the
    # paragraph using its words (统筹推进各项工作！”) goes to the article above
    paras = [
        "本报太原2月6日电 （记者胡健）春节后一上班，山西农资集团就进入紧急备货状态，全力保障全省春耕备播各项农业生产资料供应。",
        "农资集团是山西省农资流通的主渠道，集团动员各分子公司积极行动，追加化肥储备计划。",
        "“今年打算联系周边几位种粮大户，统筹推进各项工作！”这两天，江西樟树市种粮大户潘劲东，对今年的粮食生产充满了期待。",
        "潘劲东是村里的种粮大户，现已承包村民撂荒田块700余亩，去年添置了两架无人机。",
        "“疫情总会过去，农情却耽误不得！我现在已订好所需的种子、化肥，就等疫情过后大干一场。”潘劲东满怀信心。",
    ]
    lines = ["统筹推进各项工作", "", "山西农资集团备货保供应", ""]
    for p in paras:
        lines += [*wrap(p, 14), ""]
    lines += [" 统筹推进各项工作", "", "订好农资备春耕"]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert (first.title, second.title) == ("山西农资集团备货保供应", "订好农资备春耕")
    assert [b.text for b in first.body] == paras[:2]
    assert [b.text for b in second.body] == paras[2:]


def test_a_series_name_broken_over_two_lines_is_still_its_column():
    # 来自…一线的报道 over each report of the series, once broken at the column's edge (…的报 / 道): the name the
    # page prints over another headline whole is the column's, not a title with the real title under it
    first_report = "本报武汉2月6日电 （记者李明）经过逾万名建设者十昼夜奋战，新建医院6日正式通过验收，并开始逐步移交。"
    second_report = "本报武汉2月6日电 （记者王华）6日下午，5名儿童患者从市儿童医院出院，年龄最大的14岁，最小的仅2岁。"
    lines = ["来自防控一线的报道", "", "新建医院通过验收", "", *wrap(first_report, 14), ""]
    lines += ["来自防控一线的报", "道", "", "首批儿童患者治愈出院", "", *wrap(second_report, 14)]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert (first.column, first.title) == ("来自防控一线的报道", "新建医院通过验收")
    assert (second.column, second.kicker, second.title) == ("来自防控一线的报道", None, "首批儿童患者治愈出院")


def test_the_sections_of_a_compilation_are_read_alike():
    # five profiles under one headline, each with a lead-in (X——), a title, a byline and 时间： / 地点： labels:
    # one lead-in on a line of its own reads as a kicker (a headline), the others, broken in two, as subheads —
    # the sections are decided as a set now: all sections of the headline's article, or all articles
    lines = ["冲到一线，把每项工作做到位", ""]
    lines += [*wrap("防控疫情，广大基层干部冲锋在前。本版聚焦几位来自不同岗位的基层干部，看他们如何担当作为。"), ""]
    sections = [
        (
            ["广东广州市越秀区市场监管局干", "部罗平——"],
            "“肯定得顶上”",
            "本报记者 姜晓丹",
            "2月4日10时",
            "广州越秀区农贸市场",
        ),
        (["浙江绍兴市经信局干部潘良灿——"], "“心里才踏实”", "本报记者 窦瀚洋", "2月7日23时", "浙江绍兴经信局仓库"),
        (["贵州省应急管理厅", "干部黄玉洁——"], "“会坚守到底”", "本报记者 程焕", "2月8日18时", "贵州省应急管理厅"),
        (["湖北荆州市公安县", "公安局交警徐鹏——"], "“我能坚持”", "本报记者 程远州", "1月27日14时", "荆州到武汉的路上"),
    ]
    for lead, title, byline, when, where in sections:
        lines += [*lead, "", title, "", byline, "", "时间：" + when, "", "地点：" + where, ""]
        lines += [*wrap(f"{when}，记者在{where}见到他时，他正忙着清点物资、协调车辆，连口水都顾不上喝。"), ""]
    articles = banmian.parse_text("\n".join(lines)).articles
    assert len(articles) in (1, 1 + len(sections)), [a.title for a in articles]


def test_a_lead_said_again_below_ends_where_it_ends():
    # a lead printed over the body has no full stop, so nothing in the print says it is over: it ran on into the
    # paragraph under it; the article says it again, with its stop, further down — that ends it
    lead = "与时代同行，文化正在焕发更多光彩——展现城市形象，凝聚社会力量，也为每个人的生活增添更多色彩"
    paras = [
        "新年的钟声刚刚敲响，回首过去一年文化带来的收获，感慨仍在心间。",
        "当博物馆里排起长队，当剧场里座无虚席，当书店里灯火通明，文化创造了可观价值。",
        lead + "。",
        "文化强市是一个立体多元的目标。发展不平衡不充分的问题依然存在，需要持续用力。",
    ]
    lines = ["让文化焕发更多光彩", "", *wrap(lead), ""]
    assert len(wrap(lead)[-1]) == 16  # (its last line as full as any: no short line ends it)
    for p in paras:
        lines += [*wrap(p), ""]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert art.title == "让文化焕发更多光彩"
    assert [b.text for b in art.body] == [lead, *paras]


def test_a_lead_printed_alone_over_the_body_is_its_first_paragraph():
    # a lead set large over the body with no headline of its own above it (the headline is printed after the body):
    # a sentence with a comma and no full stop, which the article says again below — a paragraph, not a title
    lead = "让体育走进更多孩子的寒假生活，为终身锻炼打牢基础"
    first = "本报北京1月16日电 （记者李明）全国青少年冰雪运动推广活动日前在北京启动，吸引了众多家庭参加。"
    paras = [
        "寒假来了，各地的中小学体育冬令营又热闹起来。冬天别“猫冬”，运动是孩子们假期的好伙伴。",
        "近年来，各地普遍开展起青少年冬夏令营，" + lead + "，受到家长欢迎。",
    ]
    lines = ["冰雪运动推广活动启动", "", *wrap(first), "", *wrap(lead), ""]
    for p in paras:
        lines += [*wrap(p), ""]
    lines += ["体育冬令营寒假好去处"]
    articles = banmian.parse_text("\n".join(lines)).articles
    assert [a.title for a in articles] == ["冰雪运动推广活动启动", "体育冬令营寒假好去处"]
    assert [b.text for b in articles[1].body] == [lead, *paras]


def test_without_blank_lines_a_headline_broken_mid_word_goes_on():
    # pdftotext -raw: 今年将组织百 / 万人次线上技能培训 — the first line, short, read as a column's name; a word of the
    # dictionary across the break (百万) says the title goes on; a series' name with a dot stays a column
    body = wrap(
        "本报北京3月2日电 （记者林川）人力资源社会保障部日前宣布，今年将组织线上职业技能培训，覆盖各行各业。", 16
    )
    for head, want in (
        (["今年将组织百", "万人次线上技能培训"], (None, None, "今年将组织百万人次线上技能培训")),
        (["城市能源", "动力强劲"], (None, None, "城市能源动力强劲")),
        (["新时代·面孔", "识别假币的民警"], ("新时代·面孔", None, "识别假币的民警")),
    ):
        (art,) = banmian.parse_text("\n".join(head + body)).articles
        assert (art.column, art.kicker, art.title) == want


def test_a_run_in_line_ending_on_a_dash_is_apart_from_the_heading_under_it_whatever_its_length():
    # 江西大余县疾控中心 / 医师蒋金波—— over 忘我投入，用生命诠 / 释担当 (pdftotext: no blank line inside a column):
    # who, over two lines, then the heading of their section; 人民日报 prints a body paragraph ending on a dash as
    # one of its own, long or short (427 of 15 to 40 characters), not as the first half of a subhead
    lines = ["抗疫一线党旗红", "", "□本报记者 邵某"]
    lines += wrap("疫情发生以来，各地党员干部冲锋在前，用行动诠释初心和使命，涌现出一批感人的先进事迹。", 9)
    lines += ["江西大余县疾控中心", "医师蒋金波——", "忘我投入，用生命诠", "释担当", "本报记者 郑某"]
    lines += wrap("“这样的好人，咋就倒下了呢？”连日来，大余县疾控中心的同事们一提起蒋金波，都忍不住落泪。", 9)
    (a,) = banmian.parse_text("\n".join(lines)).articles
    blocks = [(b.type, b.text) for b in a.body]
    assert ("paragraph", "江西大余县疾控中心医师蒋金波——") in blocks
    assert ("subhead", "忘我投入，用生命诠释担当") in blocks


def test_a_subhead_broken_inside_a_word_is_one_subhead_though_its_line_stops_short():
    # without blank lines (pdftotext), a subhead line that stops short of its column ends its subhead (吃出绿色 /
    # 吃出健康: two); 统筹抓好改革发展稳 / 定各项工作 stops short too, but inside a word of the segmenter's
    # dictionary (稳定): one subhead printed over two lines
    lines = ["战疫情 促发展", "", "□本报记者 王某"]
    lines += wrap("疫情发生以来，各地一手抓疫情防控，一手抓经济社会发展，努力把疫情造成的损失降到最低。", 16)
    lines += ["统筹抓好改革发展稳", "定各项工作"]
    lines += wrap("各地各部门积极出台支持政策，帮助企业解决复工复产中遇到的困难，推动生产生活秩序逐步恢复。", 16)
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in a.body if b.type == "subhead"] == ["统筹抓好改革发展稳定各项工作"]


def test_a_subhead_line_ending_on_a_word_that_opens_a_phrase_goes_on_though_it_stops_short():
    # without blank lines (pdftotext), a subhead line that stops short of its column ends its subhead, but not one
    # ending on a word of one character that opens a phrase (体现了对 / “三大规律”的科学把握), nor one over a line
    # opening on a word's last character (…粤港澳大湾 / 区发展机遇): a wrapped subhead; 吃出绿色 / 吃出健康 and a subhead
    # ending on 在 as a verb (只要蔬菜大棚在) or on a word ending in such a character (社会力量齐参与) stay two
    def subheads(first: str, second: str) -> list[str]:
        lines = ["战疫情 促发展", "", "□本报记者 王某"]
        lines += wrap("疫情发生以来，各地一手抓疫情防控，一手抓经济社会发展，努力把疫情造成的损失降到最低。", 16)
        lines += [first, second]
        lines += wrap("各地各部门积极出台支持政策，帮助企业解决复工复产中遇到的困难，推动生产生活秩序逐步恢复。", 16)
        (a,) = banmian.parse_text("\n".join(lines)).articles
        return [b.text for b in a.body if b.type == "subhead"]

    assert subheads("我国制度优势体现了对", "“三大规律”的科学把握") == ["我国制度优势体现了对“三大规律”的科学把握"]
    assert subheads("我国制度优势体现了对", "三大规律的科学把握") == ["我国制度优势体现了对三大规律的科学把握"]
    assert subheads("各界人士共话粤港澳大湾", "区发展机遇") == ["各界人士共话粤港澳大湾区发展机遇"]
    for first, second in (
        ("吃出绿色", "更要吃出健康"),
        ("只要蔬菜大棚在", "菜篮子就稳"),
        ("社会力量齐参与", "更要吃出健康"),
    ):
        assert subheads(first, second) == [first, second]
    # (the next line must open on a character or a quotation mark: a bullet opens a list's next item, ◆…, and a line
    # opening on a figure or a Latin word is left to the widths)
    assert subheads("加大对", "5G网络建设的支持") == ["加大对", "5G网络建设的支持"]


def test_a_paragraph_line_broken_inside_a_word_runs_on_whatever_the_line_model_says(monkeypatch):
    # 1月4日，江苏省连云港市连岛中 / 心渔业码头…, no blank line between: a paragraph's first line (two cells short
    # of its column) broken inside a word of the segmenter's dictionary (中心) goes on; the line model, made here
    # to say the paragraph ends, has the last word only where no such word runs across (连岛中 / 近年来)
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(reflow, "_pair_logit", lambda x: -5.0)
    for below, runs_on in (("心渔业码头，刚刚收割的新鲜条斑紫", True), ("近年来，连云港沿海的紫菜养殖户", False)):
        lines = [*wrap(SECTION, 16), "1月4日，江苏省连云港市连岛中", below, "菜在卸船装车运往加工厂。"]
        pl, _ = reflow._features(text_to_lines("\n".join(lines)))
        reflow._column_widths(pl)
        at = len(wrap(SECTION, 16)) + 1
        assert pl[at].text == below and pl[at - 1].first_full()
        para = reflow.Unit("paragraph", [pl[at - 1]])
        assert reflow._runs_on_here(pl, at, para, False, False, False) is runs_on


def test_a_line_wider_than_the_column_goes_on_a_first_line_broken_inside_a_word():
    # a line wider than the column under a paragraph's first line is a headline across columns; not where the
    # first line, holding a comma, breaks inside a word that the wide line ends (连岛中 / 心渔业码头…)
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    first, wide = "1月4日，江苏省连云港市连岛中", "心渔业码头，刚刚收割的新鲜条斑紫菜在"
    units, _ = reflow.reflow(text_to_lines("\n".join([*wrap(SECTION, 14), first, wide, "卸船装车运往加工厂。"])))
    assert units[-1].text == first + wide + "卸船装车运往加工厂。"


def test_a_note_on_a_figure_or_a_speech_in_full_closes_the_paragraph_above_it():
    # （见图8） under the sentence it belongs to, no blank line between: the paragraph's last words (50 times in
    # 人民日报, a paragraph of their own twice), though the sentence above ends and the line is short; so do two notes
    # on one line (（见表1）（见图5）, 统计公报), and one whose number pdftotext set apart with a space (（见图 10）)
    body = wrap("全年社会消费品零售总额比上年增长百分之八，其中网上零售额增长百分之十六。", 16)
    for note in ("（见图8）", "（讲话全文见第二版）", "（见表1）（见图5）", "（见图 10）", "（见表 12）"):
        lines = ["国民经济持续健康发展", "", *wrap(SECTION, 16), "", *body, note, "", *wrap(SECTION, 16)]
        (a,) = banmian.parse_text("\n".join(lines)).articles
        assert "".join(body) + note.replace(" ", "") in [b.text for b in a.body]  # (the stray space dropped)


def test_a_deputy_over_what_they_said_is_a_paragraph_apart_from_the_subhead_under_it():
    # 全国人大代表宋亚平： over 让“博物馆里过大年”成常态, no blank line (pdftotext -raw): who speaks, a paragraph of
    # its own (人民日报 62 times), not the first half of a subhead; a subhead broken at its colon stays one (国家卫健委：
    # / 加强重症病例医疗救治)
    lines = ["代表委员建言文化建设", "", "□本报记者 李某"]
    lines += wrap(
        "乡贤文化是中国传统文化的重要组成部分，弘扬乡贤文化有助于推进乡村治理现代化，凝聚乡村振兴的力量。", 16
    )
    lines += ["全国人大代表宋某平：", "让“博物馆里过大年”成常态"]
    lines += wrap(
        "文化是一个民族的基因，而博物馆是文化传承的重要载体，春节期间可以推出更多展览，吸引群众走进博物馆。", 16
    )
    lines += ["国家卫健委：", "加强重症病例医疗救治"]
    lines += wrap("各地要集中优势医疗资源，全力做好重症病例的救治工作，最大限度降低病亡率，提高治愈率。", 16)
    (a,) = banmian.parse_text("\n".join(lines)).articles
    blocks = [(b.type, b.text) for b in a.body]
    assert ("paragraph", "全国人大代表宋某平：") in blocks and ("subhead", "让“博物馆里过大年”成常态") in blocks
    assert ("subhead", "国家卫健委：加强重症病例医疗救治") in blocks


def test_a_whole_name_that_did_not_fit_on_the_bylines_line_is_the_rest_of_the_byline():
    # 本报记者 刘新吾 / 常碧罗 in a column of nine cells: the second writer's name did not fit after the first and
    # went to the next line whole (no name broken, no role word); it is the byline's, not a subhead of the body
    body = wrap("室外寒风嗖嗖，室内暖意融融，十多名老人齐聚一堂，有说有笑，老人们下棋聊天，其乐融融。", 9)
    lines = ["探索养老新方式", "", "本报记者 刘新某", "常碧某", "", *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.authors == ["刘新某", "常碧某"]
    assert [b.text for b in a.body] == ["".join(body)]


def test_a_space_between_a_figure_and_a_cjk_character_takes_half_a_cell():
    # 12月 15日, 36 家: the gap print sets between the two scripts, read as a space, takes room on the line; a
    # space between CJK characters (何 娟, two phrases of a headline) or between Latin words counts nothing
    assert text_width("12月 15日") == text_width("12月15日") + 0.5
    assert text_width("3 年前，30 多岁") == text_width("3年前，30多岁") + 1.0
    assert text_width("何 娟") == 2
    assert text_width("a b") == 1


def test_a_figure_and_its_unit_across_a_column_jump_stay_one_paragraph():
    # …在校学生已有1260 / blank / 名，教师… : no paragraph or heading opens on the unit of the figure above it
    lines = ["县里的新学校今年秋天正式开", "学，附近几个村子的孩子都不", "用再走远路上学了。", ""]
    lines += ["目前全校在校学生已有1260", ""]
    lines += ["名，教师也从去年的80多名增", "加到了120名，还新建了图", "书馆和运动场。"]
    blocks = [(b.type, b.text) for a in banmian.parse_text("\n".join(lines)).articles for b in a.body]
    assert (
        "paragraph",
        "目前全校在校学生已有1260名，教师也从去年的80多名增加到了120名，还新建了图书馆和运动场。",
    ) in blocks


def test_a_short_line_whose_figures_unit_opens_body_text_is_no_subhead():
    # 运输效率领先 / blank / 截至2019年9月30 / 日，累计发送旅客…: under a subhead, a short line ending on a figure
    # whose unit opens a line of body text is the paragraph's first line, not a second subhead; a headline
    # broken after its figure (核酸检测能力从每天300 / 人份提高到2万人份) has no mark in its second line
    lines = ["京沪高铁运营十年", "", *wrap(SECTION, 9), "", "运输效率领先", ""]
    lines += ["截至2019年9月30", "日，累计发送旅客", "10.85亿人次，运输", "效率全国领先。"]
    blocks = [(b.type, b.text) for a in banmian.parse_text("\n".join(lines)).articles for b in a.body]
    assert ("subhead", "运输效率领先") in blocks
    assert ("paragraph", "截至2019年9月30日，累计发送旅客10.85亿人次，运输效率全国领先。") in blocks


def test_a_lead_in_paragraph_ending_on_a_full_line_does_not_run_into_the_next():
    # …坚持问题导向，深 / 入排查整治“高档酒” / “天价烟”等突出问题 / blank / 2019年5月，贵州 / 茅台酒厂…: a paragraph
    # that ends on a full line with no stop, then a short line with a comma under a blank and a full line under
    # that: the short line is the next paragraph's first, not the end of a sentence after a column jump
    lines = ["专项整治取得实效", ""]
    lines += [*wrap("各地对照自查表逐项梳理，对存在的问题进行剖析检查，提出整改措施，已全部整改到位。", 10), ""]
    lines += ["坚持问题导向，深", "入排查整治“高档酒”", "“天价烟”等突出问题", ""]
    lines += ["2019年5月，贵州", "茅台酒厂有限责任公司", "原党委副书记、原董事", "长被开除党籍。"]
    assert paragraphs("\n".join(lines))[-2:] == [
        "坚持问题导向，深入排查整治“高档酒”“天价烟”等突出问题",
        "2019年5月，贵州茅台酒厂有限责任公司原党委副书记、原董事长被开除党籍。",
    ]


_FLOOD = (
    "“这几天洪水退了一些，我们得抓紧施工，尽量减轻洪灾带来的损失，期盼当地民众能早日回家。”望着肯尼亚"
    "西部的工地，项目经理说。项目部共派出30多名工作人员、16台大型机械设备投入一线。"
)


def test_without_blank_lines_a_banner_is_a_box_of_its_own():
    # pdftotext -raw: a column's name the extractor shows offset, over a title broken in two (用形体营 / 造诗意):
    # 语 / 用 read as a word across the break, and banner and title were run into one box
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), " 看台人语", "用形体营", "造诗意", *wrap(_LEAN_BODY, 16)]
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert (second.column, second.title) == ("看台人语", "用形体营造诗意")


def test_without_blank_lines_a_banner_never_closes_the_article_above():
    # a headline printed under its body (…院长 / 沃泽尔), then the next article's offset banner and its title: 尔 / 和
    # read as a word across the break kept the banner in the headline above (its subtitle 沃泽尔和音)
    meet = "本报北京1月8日电 （记者王芳）国家主席习近平夫人彭丽媛8日在北京会见美国茱莉亚学院院长沃泽尔。沃泽尔介绍了学院开展对华交流合作的情况。"
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), *wrap(meet, 16), "彭丽媛会见美国", "茱莉亚学院院长", "沃泽尔"]
    lines += [" 和音", "合作共", "享的科技未来值得期待", *wrap(_FLOOD, 16)]
    _, second, third = banmian.parse_text("\n".join(lines)).articles
    assert (second.title, second.subtitle) == ("彭丽媛会见美国茱莉亚学院院长沃泽尔", None)
    assert (third.column, third.title) == ("和音", "合作共享的科技未来值得期待")


def test_a_kicker_run_together_with_its_title_is_headline():
    # pdftotext -raw: 新一代载人飞船试验船—— / 亮点在哪里？ read as a paragraph of two lines
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), "新一代载人飞船试验船——", "亮点在哪里？", *wrap(_FLOOD, 16)]
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert (second.kicker, second.title) == ("新一代载人飞船试验船——", "亮点在哪里？")


def test_a_quoted_title_under_its_kicker_does_not_run_into_the_body():
    # …投入肯尼亚抗洪一线—— / “期盼当地民众能早日回家” / “这几天洪水…: the title is a whole quotation on its line,
    # two cells short of the column like a paragraph's first, and the body under it opens on a quotation too
    body = ["“这几天洪水退了一些，我们得抓", "紧施工，尽量减轻洪灾带来的损失，", "期盼当地民众能早日回家。”望着"]
    body += ["西部的工地，项目经理这样说。项", "目部共派出30多名工作人员、16台", "大型机械设备投入抢险一线。"]
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 15), "中企项目部派出人员和大型机械设", "备投入肯尼亚抗洪一线——"]
    lines += ["“期盼当地民众能早日回家”", *body]
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert second.title == "“期盼当地民众能早日回家”"
    assert second.body[0].text.startswith("“这几天洪水退了一些")


def test_without_blank_lines_a_name_under_a_finished_paragraph_closes_the_article():
    # pdftotext -raw: a reporter's name under the body, and under it the next article's body (its headline printed
    # after it): the name was read as that article's title
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), "陈菲苑", *wrap(_FLOOD, 16), "项目部驰援抗洪一线"]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert first.authors == ["陈菲苑"] and second.title == "项目部驰援抗洪一线"


def test_a_box_ending_on_a_series_number_over_the_headline_is_its_column():
    # pdftotext -raw: 关注困难群体生活保障① / 给低保户解困、/ … / 困难户 多方助 — the series over a kicker and title,
    # though the body repeats the series' words (as a kicker's are)
    lead = (
        "目前，各地区各部门正在抓紧抓实抓细常态化疫情防控，关注困难群体生活保障，给低保户、孤寡老人和残疾人送去温暖。"
    )
    lines = ["2020年5月6日 星期三  人民日报  体育  13", "关注困难群体生活保障①", "给低保户解困、"]
    lines += ["给孤寡老人温暖、给残疾人支撑", "困难户 多方助", "开栏的话", *wrap(lead, 17)]
    article = banmian.parse_text("\n".join(lines)).articles[0]
    assert article.column == "关注困难群体生活保障①"
    assert (article.kicker, article.title) == ("给低保户解困、给孤寡老人温暖、给残疾人支撑", "困难户 多方助")


def test_a_short_box_that_says_when_is_a_kicker_not_a_column():
    # 今年起 / 义务兵实行一 / 年两征两退: a short first box is mostly a column's name (人民时评), but none says when
    lines = ["港口码头投入试运行", "", *wrap(_ABOVE, 16), "", "今年起", "", "义务兵实行一", "年两征两退", ""]
    lines += wrap("本报北京1月16日电 （记者李龙伊）经国务院、中央军委批准，全军实行一年两次征兵两次退役。", 16)
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert (second.column, second.kicker, second.title) == (None, "今年起", "义务兵实行一年两征两退")


def test_an_unfinished_block_over_a_banner_is_the_headline_above():
    # 国家图书馆收藏、 / 修复一批批珍贵文献 / 西夏古籍，渐次打开 over the offset banner 新语: the headline of the article
    # above, printed under its body, not the end of its last paragraph
    lines = [*wrap(_ABOVE, 10), "", "国家图书馆收藏、", "修复一批批珍贵文献", "", "西夏古籍，渐次打开", ""]
    lines += [" 新语", "", "为教育发展积淀思考", "", *wrap(_FLOOD, 10)]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert (first.kicker, first.title) == ("国家图书馆收藏、修复一批批珍贵文献", "西夏古籍，渐次打开")
    assert (second.column, second.title) == ("新语", "为教育发展积淀思考")


def test_without_blank_lines_a_name_whose_headline_goes_on_under_it_is_no_byline():
    # pdftotext -raw: 郭锡权 / 同志逝世 under a finished paragraph: the next headline broken after the name, not the
    # name of the reporter of the article above
    obituary = "新华社北京1月19日电 中国人民解放军原副司令员郭锡权同志，因病医治无效，于2020年1月5日在北京逝世。"
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), "郭锡权", "同志逝世", *wrap(obituary, 16)]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert first.authors == [] and second.title == "郭锡权同志逝世"


def test_a_short_box_that_opens_on_a_province_is_a_kicker_not_a_column():
    # 湖南人大 / 法治守护绿水青山: a short first box is mostly a column's name (人民时评), but none opens on a province
    lines = ["港口码头投入试运行", "", *wrap(_ABOVE, 16), "", "湖南人大", "", "法治守护绿水青山", ""]
    lines += wrap("本报长沙1月22日电 （记者孙立）近年来，省人大常委会把生态环境保护立法摆在突出位置。", 16)
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert (second.column, second.kicker, second.title) == (None, "湖南人大", "法治守护绿水青山")


def test_without_blank_lines_a_short_box_saying_who_acts_over_two_more_is_half_a_kicker():
    # pdftotext -raw: 湖北召开 / 疫情防控工作新闻发布会 / 全面升级防控措施 — the first box, short, was read as a
    # column's name over a kicker and title; it says who acts (a province), so it is the kicker's first line
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), "湖北召开", "疫情防控工作新闻发布会", "全面升级防控措施"]
    lines += wrap("本报武汉1月26日电 （记者范昊天）湖北省26日召开新闻发布会，通报疫情防控工作最新情况。", 16)
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert (second.column, second.kicker, second.title) == (None, "湖北召开疫情防控工作新闻发布会", "全面升级防控措施")


def test_without_blank_lines_a_first_line_naming_a_county_is_the_kicker():
    # pdftotext -raw: 新疆阿瓦提县 / 线上培训助增收 — a place down to its county over the title, not one title
    # broken in two
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), "新疆阿瓦提县", "线上培训助增收"]
    lines += wrap("本报乌鲁木齐2月17日电 （记者李亚楠）连日来，阿瓦提县组织农技人员通过网络开展春耕培训。", 16)
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert (second.kicker, second.title) == ("新疆阿瓦提县", "线上培训助增收")


def test_without_blank_lines_a_village_whose_last_character_the_segmenter_joins_to_the_title_is_the_kicker():
    # pdftotext -raw: 湖北西陵峡村 / 高峡平湖 橙黄山绿 — the segmenter's hidden model reads 村高峡 as a word across the
    # break, no word of its dictionary: the village is the kicker still
    from banmian.reconstruct.assemble import _runs_on
    from banmian.reconstruct.reflow import crosses_dictionary_word

    assert _runs_on("湖北西陵峡村", "高峡平湖 橙黄山绿") and not crosses_dictionary_word(
        "湖北西陵峡村", "高峡平湖 橙黄山绿"
    )
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), "湖北西陵峡村", "高峡平湖 橙黄山绿"]
    lines += wrap("本报宜昌1月7日电 （记者范昊天）冬日的西陵峡村，江水如镜，橙园连片，游人渐多。", 16)
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert (second.kicker, second.title) == ("湖北西陵峡村", "高峡平湖 橙黄山绿")


def test_without_blank_lines_a_place_over_a_word_of_the_dictionary_across_the_break_runs_on():
    # 湖南长沙县 / 域经济活力足: 县域 is a word of the dictionary across the break, and the place does not end its box
    from banmian.reconstruct.reflow import crosses_dictionary_word

    assert crosses_dictionary_word("湖南长沙县", "域经济活力足")
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), "湖南长沙县", "域经济活力足"]
    lines += wrap("本报长沙1月7日电 （记者范昊天）长沙县去年地区生产总值稳步增长，民营企业新增三千多家。", 16)
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert second.kicker is None


def test_without_blank_lines_a_line_saying_who_issues_what_ends_the_kicker():
    # pdftotext -raw: 国务院联防联 / 控机制印发通知 / 进一步强化责任 / … — the kicker's last line says who issues what:
    # the kicker ends there (not one title run on from it)
    body = (
        "新华社北京2月7日电 联防联控机制日前印发通知，要求各地压实属地责任，依法开展防控工作。"
        "各有关部门要明确责任分工，积极主动履职，巩固联防联控、群防群治的工作局面。"
    )
    lines = [*wrap(body, 14), "国务院联防联", "控机制印发通知", "进一步强化责任", "落实做好防治工作", "武汉常"]
    lines += ["青街道建应急队——", "服务精心 居民安心", *wrap(_FLOOD, 14)]
    first = banmian.parse_text("\n".join(lines)).articles[0]
    assert first.kicker == "国务院联防联控机制印发通知"


def test_without_blank_lines_a_headline_line_ending_on_a_word_no_headline_ends_on_goes_on():
    # pdftotext -raw: 西藏农牧民人均可支配收入连续 / 17年保持两位数增长 — one title broken after 连续, which ends
    # no kicker (in 人民日报 2019 no headline ends on it); so with 中国国际 / 进口博览会开幕
    dateline = "本报拉萨1月7日电 （记者徐驭尧）记者从西藏自治区统计局获悉，去年农牧民收入继续保持较快增长。"
    for head in (["西藏农牧民人均可支配收入连续", "17年保持两位数增长"], ["习近平致信祝贺中国国际", "进口博览会开幕"]):
        lines = ["港口码头投入试运行", *wrap(_ABOVE, 14), *head, *wrap(dateline, 14)]
        second = banmian.parse_text("\n".join(lines)).articles[1]
        assert (second.kicker, second.title) == (None, "".join(head))


def test_a_public_body_named_alone_over_what_it_did_is_the_kicker():
    # 中央组织部 / 从代中央管理党费中划拨…: a body that acts, named alone over the headline, is the kicker (in 人民日报
    # 2019, 17 of 20 such first fields); a box ending on a verb (…订单签署) is not named so
    body = "新华社北京1月30日电 中央组织部日前从代中央管理党费中划拨专项经费，用于支持疫情防控工作。"
    lines = [
        "港口码头投入试运行",
        "",
        *wrap(_ABOVE, 16),
        "",
        "中央组织部",
        "",
        "从代中央管理党费中划拨",
        "10800万元支持疫情防控",
    ]
    lines += ["", *wrap(body, 16)]
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert (second.kicker, second.title) == ("中央组织部", "从代中央管理党费中划拨10800万元支持疫情防控")


def test_of_two_headline_boxes_the_one_closed_by_a_column_tag_is_the_title():
    # 黄河中游突出抓好水土保持和污染治理 / 黄土高坡治出黄河新面貌（人民眼·行走黄河（中））: a column's tag, a series'
    # part in it, closes the title (人民日报: 3,532 titles, 45 subtitles, one kicker); the box over it is the kicker
    body = "冬走黄河，驰骋万里，看它西决昆仑，东袭黄土。本报记者沿着黄河中游一路走访，看到了水土保持的新成效。"
    lines = ["黄河中游突出抓好", "水土保持和污染治理", "", "黄土高坡", "治出黄河新面貌（人民眼·行走黄河（中））", ""]
    lines += wrap(body, 18)
    article = banmian.parse_text("\n".join(lines)).articles[0]
    assert (article.kicker, article.title) == (
        "黄河中游突出抓好水土保持和污染治理",
        "黄土高坡治出黄河新面貌（人民眼·行走黄河（中））",
    )


def test_more_headline_under_a_speech_kicker_and_its_title_opens_the_next_article():
    # pdfminer: body / 习近平在…时强调 / title / 习近平回信勉励… / title / 回 / 信 / the letter — a kicker introducing its title
    # has at most a list of who attended under the title (人民日报: 213 such kickers, 20 subtitles, 17 such lists),
    # so the third box heads the article below, not the one above
    above = (
        "中共中央政治局5月29日下午就切实实施民法典举行第二十次集体学习。习近平在主持学习时强调，民法典是新时代"
        "我国社会主义法治建设的重大成果，要充分认识颁布实施民法典的重大意义，依法更好保障人民合法权益。"
    )
    below = (
        "袁隆平、钟南山、叶培建等25位同志：你们好！来信收悉。在新冠肺炎疫情防控斗争中，广大科技工作者"
        "不畏艰险、勇于担当，为打赢疫情防控人民战争提供了有力科技支撑，我向你们致以诚挚的问候。"
    )
    lines = [*wrap(above, 16), "", "习近平在中央政治局第二十次集体学习时强调", "", "充分认识颁布实施民法典重大意义"]
    lines += ["", "习近平回信勉励全国广大科技工作者", "", "着力攻克关键核心技术", "勇于攀登科技高峰", ""]
    lines += ["回", "信", "", *wrap(below, 16)]  # (回信 set large, a character a line, over the letter)
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert (first.kicker, first.title) == ("习近平在中央政治局第二十次集体学习时强调", "充分认识颁布实施民法典重大意义")
    assert second.title == "着力攻克关键核心技术勇于攀登科技高峰"
    assert "习近平回信勉励全国广大科技工作者" in (second.column, second.kicker)


def test_without_blank_lines_a_first_line_naming_the_occasion_is_the_kicker():
    # pdftotext -raw: 就中越建交70周年 / 习近平同越共中央 / 总书记、国家主席 / 阮富仲互致贺电 / 李克强同越南 / … —
    # the occasion is the kicker, not the first words of one title (on the raw check pages a whole kicker 4 times
    # in 5)
    body = "新华社北京1月18日电 1月18日，中共中央总书记、国家主席习近平同越共中央总书记、国家主席阮富仲互致贺电，庆祝两国建交70周年。"
    lines = ["就中越建交70周年", "习近平同越共中央", "总书记、国家主席", "阮富仲互致贺电", "李克强同越南"]
    lines += ["政府总理阮春福互致贺电", *wrap(body, 16)]
    first = banmian.parse_text("\n".join(lines)).articles[0]
    assert (first.kicker, first.title) == ("就中越建交70周年", "习近平同越共中央总书记、国家主席阮富仲互致贺电")
    assert first.subtitle == "李克强同越南政府总理阮春福互致贺电"


def test_page_head_reads_paper_date_and_number_from_furniture_only_where_printed():
    assert P.page_head(["2020年1月8日 星期三  人民日报  文化  10", "本版责编：钟荷毓"]) == (
        "人民日报",
        "2020-01-08",
        10,
    )
    assert P.page_head(["要闻  04", "2020年1月13日  星期一"]) == (None, "2020-01-13", 4)
    assert P.page_head(["- 3 -"]) == (None, None, 3) and P.page_head(["第5版"]) == (None, None, 5)
    # an editor's line with a number is no page number; a month 13 is no date; nothing printed, nothing read
    assert P.page_head(["本版责编：张三 12", "2020年13月1日"]) == (None, None, None)
    assert P.page_head([]) == (None, None, None)


def test_a_document_printed_in_full_keeps_its_title_and_chapters_as_subheads():
    # 《条例》全文如下。 / 中国共产党…工作条例 / （…批准） / 第一章 / 总 则 / 第一条 …: the document's own title and its
    # chapters are subheads of the article that prints it (人民日报: 40 paragraphs announce a text so, none an
    # article's last; 552 chapter headings, no headline), not the headlines of new articles
    news = "新华社北京1月5日电 近日，中共中央印发了《中国共产党机关基层组织工作条例》，并发出通知，要求各地区各部门认真遵照执行。"
    first = "第一条 为了深入贯彻新时代党的建设总要求，加强和改进机关党的建设，根据《中国共产党章程》，制定本条例。"
    second = "第二条 机关基层党组织在上级党的委员会领导下开展工作，是党在机关中的战斗堡垒。"
    lines = [
        "中共中央印发",
        "",
        "《中国共产党机关基层组织工作条例》",
        "",
        *wrap(news, 16),
        "",
        *wrap("《条例》全文如下。", 16),
    ]
    lines += ["", "中国共产党机关基层组", "织工作条例", "", "（2019年11月29日中共中央", "政治局会议修订）", ""]
    lines += ["第一章", "总 则", "", *wrap(first, 16), ""]
    lines += ["第二章", "组织设置", "", *wrap(second, 16)]
    page = banmian.parse_text("\n".join(lines))
    assert len(page.articles) == 1
    subheads = [b.text for b in page.articles[0].body if b.type == "subhead"]
    assert "中国共产党机关基层组织工作条例" in subheads


def test_an_article_of_rules_opens_a_paragraph_not_a_heading():
    # pdftotext -raw: …告知反映人转交的情况。 / 第九条 办理部门对反映的 / 以下事项，不予受理： — a line a cell short with
    # no stop under a closed paragraph reads as a heading, but an article of a law or rules opens a paragraph
    # (人民日报: 825 paragraphs, no headline), its first line a cell short only by the gap after its number
    lines = ["理本单位职工反映的有关事项和", "意见建议的来信来访及网上留言。", "第八条 对反映下属单位的"]
    lines += ["事项，由该单位的主管部门负责办", "理，涉及多个部门的，由牵头部门", "会同有关部门共同办理。各部门接"]
    lines += ["到不属于本部门办理范围的事项，", "应当在五个工作日内转交有关部门", "办理，并告知反映人转交的情况。"]
    lines += ["第九条 办理部门对反映的", "以下事项，不予受理：", "（一）已经或者依法应当通过"]
    lines += ["诉讼、仲裁、行政复议等途径解决", "的；", "（二）依照有关规定，属于其", "他机关职责范围的；"]
    page = banmian.parse_text("\n".join(lines))
    body = [(b.type, b.text) for a in page.articles for b in a.body]
    assert ("paragraph", "第九条 办理部门对反映的以下事项，不予受理：") in body


def test_under_an_editors_note_a_parts_headline_leans_to_a_subhead():
    # pdftotext: a feature's lead closed by ——编 者, then its parts, each with a figure, a title and a reporter: the
    # note says parts follow (人民日报 2019: after 49 notes, 202 subheads and 112 later articles on their pages), so
    # the second part's headline stays in the feature rather than opening an article
    lead = "疫情发生以来，各地加大困难群众救助力度。哪些群体可以享受这些救助政策？具体标准、申请方式如何？请看本报记者的报道。"
    first = (
        "“家里还有蔬菜吗？米和油够吃吗？”5月10日，社区专干又给低保户打来电话，一开口先问伙食。"
        "今年2月底，省里发布通知，要求对特殊困难群体给予生活物资救助。"
    )
    second = "今年以来，各地把新冠肺炎患者的医疗费用纳入救助范围，贫困人口住院医疗费用实际报销比例超过百分之八十，没有一户因病返贫。"
    lines = ["民生视线", "用好救助政策 助力抗疫决战", *wrap(lead, 18), "——编 者"]
    lines += ["1—3月全省共支出社会救助金44.5", "亿元，覆盖37519人", "“爱心礼包”加固底线", "本报记者 程远州"]
    lines += [
        *wrap(first, 18),
        "",
        "贫困人口住院医疗费用实际报销比例",
        "超过80%",
        "医疗救助护佑生命",
        "本报记者 申少铁",
    ]
    lines += wrap(second, 18)
    feature = banmian.parse_text("\n".join(lines)).articles[0]
    texts = [b.text for b in feature.body]
    assert "——编 者" in texts and "医疗救助护佑生命" in texts


def test_a_long_column_tag_marks_the_title_too():
    # pdftotext: 应对疫情带来的冲击 / 住宿行业 积极自救转型升级（消费视窗·降低疫情影响 稳定居民消费①） — a series' tag
    # of 19 characters closes the title as a short one does (人民日报 2019: 165 titles end on a tag of 15 to 40
    # characters, no kicker or subtitle does)
    body = (
        "本报讯 （记者 王妹玲）2月21日召开的中共中央政治局会议提出，要帮扶住宿餐饮、文体旅游等行业度过难关。"
        "连日来，多家酒店推出外卖服务，把客房改作办公空间，积极自救。"
    )
    lines = ["2020年2月26日 星期三  人民日报  文件  19", "", "应对疫情带来的冲击", ""]
    lines += ["住宿行业 积极自救转型升级（消费视窗·降低疫情影响 稳定居民消费①）", "", *wrap(body, 16)]
    article = banmian.parse_text("\n".join(lines)).articles[0]
    assert (article.kicker, article.title) == (
        "应对疫情带来的冲击",
        "住宿行业 积极自救转型升级（消费视窗·降低疫情影响 稳定居民消费①）",
    )


def test_without_blank_lines_two_characters_set_apart_over_a_headline_are_its_kicker():
    # pdftotext -raw: 海 南 / 多举措抓好春耕 — a place set apart in two characters opens the headline as its kicker, not
    # the first words of one title (on the raw check pages 4 times in 4)
    body = "本报海口2月17日电 （记者孙海天）连日来，海南各地抢抓农时，组织农技人员下田指导春耕生产。"
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), "海 南", "多举措抓好春耕", *wrap(body, 16)]
    second = banmian.parse_text("\n".join(lines)).articles[1]
    assert (second.kicker, second.title) == ("海 南", "多举措抓好春耕")


def test_a_label_of_a_closing_section_keeps_it_in_the_article_above():
    # pdfminer: …（本报华盛顿1月7日电） / ■点评 / 专家：… — 点评, 延伸阅读, 知识链接 label a section that closes the
    # article (人民日报: past its first two paragraphs 54 times of 57), not the opening of the next article
    report = "专家指出，单边军事行动没有出路，惟有开展对话，才能真正缓解地区紧张局势，维护中东和平稳定。"
    comment = "张明（某大学中东研究所所长）：军事冒险只会让局势更加动荡，各方应当保持克制，通过对话解决分歧。"
    lines = ["中东局势引发各方关注", "", *wrap(report, 16), "", "（本报华盛顿1月7日电）", "", "■点评", ""]
    lines += [*wrap(comment, 16), "", "港口码头投入试运行", "", *wrap(_ABOVE, 16)]
    articles = banmian.parse_text("\n".join(lines)).articles
    first = articles[0]
    assert first.title == "中东局势引发各方关注"
    assert "■点评" in [b.text for b in first.body] and any(b.text.startswith("张明") for b in first.body)


def test_parts_opening_the_same_labelled_sections_are_one_feature():
    # a feature in parts (人民日报 2020-05-21: 代表委员寄语两会), each part a title, its reporters, then 镜头 / … /
    # 寄语 / …, read as articles of their own: under the feature's ——line, a part sharing two labels with the one
    # above is its next part, its title a subhead and its reporters a paragraph, as the paper keeps them; reports
    # sharing one label (记者手记) or a list of names stay apart
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _labelled_parts

    def part(title: str, byline: str, labels: tuple[str, ...] = ("镜头", "寄语")) -> Article:
        body = [
            Block(kind, text) for label in labels for kind, text in (("subhead", label), ("paragraph", title + "。"))
        ]
        return Article(title=title, byline=byline, authors=byline.split()[1:], body=body)

    first, second, third = (
        part("交通先行", "本报记者 赵展慧"),
        part("复商复市", "本报记者 齐志明"),
        part("产业升级", "本报记者 刘诗瑶"),
    )
    # with no ——line over them, a series' articles each with the same sections (新中国“第一”·生活篇) stay apart
    assert len(_labelled_parts([first, second, third])) == 3
    first.subtitle = "——代表委员寄语两会"
    out = _labelled_parts([first, second, third])
    assert len(out) == 1 and out[0].title == "交通先行" and out[0].authors == ["赵展慧"]
    texts = [(b.type, b.text) for b in out[0].body]
    assert ("subhead", "复商复市") in texts and ("paragraph", "本报记者 齐志明") in texts
    assert texts.index(("subhead", "产业升级")) < texts.index(("paragraph", "本报记者 刘诗瑶"))
    assert [t for kind, t in texts if kind == "subhead"].count("镜头") == 3
    # one shared label: two reports, each closing on its reporter's notes
    apart = [part("文旅融合", "本报记者 王珂", ("记者手记",)), part("心系黄河", "本报记者 李刚", ("记者手记",))]
    apart[0].subtitle = "——代表委员履职记"
    assert len(_labelled_parts(apart)) == 2
    names = ("北京大学", "浙江大学", "南京大学", "复旦大学", "同济大学")
    # the feature's short opening under its ——line, read as an article of its own over the first part: both join
    intro = Article(
        title="精准发力 兜住民生底线", subtitle="——代表委员寄语两会", body=[Block("paragraph", "代表委员表示，…")]
    )
    parts = [
        part("就业优先", "本报记者 李心萍"),
        part("守护健康", "本报记者 邱超奕"),
        part("困难群众", "本报记者 常 钦"),
    ]
    (whole,) = _labelled_parts([intro, *parts])
    heads = [b.text for b in whole.body if b.type == "subhead" and b.text not in ("镜头", "寄语")]
    assert whole.title == "精准发力 兜住民生底线" and heads == ["就业优先", "守护健康", "困难群众"]
    listed = [part("名单一", "本报记者 甲", names), part("名单二", "本报记者 乙", names)]
    listed[0].subtitle = "——获奖名单"
    assert len(_labelled_parts(listed)) == 2


def test_a_pull_quote_read_as_a_heading_goes_back_to_its_article():
    # a commentary's pull quote repeats a sentence of its body, set large: read as a subhead of 24 characters or more
    # it is a paragraph; read as the title of an article of its own (a paragraph or two under it) over the article
    # that says it again, it opens that article.  A shorter subhead its section repeats stays a subhead.
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _repeated_quotes

    quote = "缅甸各界高度重视并热烈欢迎习近平主席到访。这次访问将成为中缅关系史上新的里程碑"
    said = quote + "。双方将以此访为契机，进一步巩固中缅传统友谊。"
    first = Article(title=quote, body=[Block("paragraph", "2020年是中缅建交70周年。")])
    own = Article(title="中缅“金银大道”必将越走越宽广", byline="（作者为中国驻缅甸大使）")
    own.body = [Block("paragraph", "中缅两国山水相连。"), Block("paragraph", said)]
    out = _repeated_quotes([first, own])
    assert [a.title for a in out] == ["中缅“金银大道”必将越走越宽广"]
    assert [b.text for b in out[0].body[:2]] == [quote, "2020年是中缅建交70周年。"]
    # with a kicker of its own the headline is a headline
    kicked = Article(kicker="大使随笔", title=quote, body=[Block("paragraph", "2020年是中缅建交70周年。")])
    assert len(_repeated_quotes([kicked, Article(title="中缅", body=[Block("paragraph", said)])])) == 2
    section = "志愿者越来越多，跑坏了三台车"
    body = [Block("subhead", quote), Block("paragraph", said), Block("subhead", section)]
    body.append(Block("paragraph", section + "，这是大家都没想到的。"))
    (a,) = _repeated_quotes([Article(title="社区", body=body)])
    assert [b.type for b in a.body] == ["paragraph", "paragraph", "subhead", "paragraph"]


def test_a_byline_broken_after_two_characters_of_a_name_or_inside_its_last_word_is_rejoined():
    # □本报记者 罗洋瑞 杨秋 / 璧 秦荷雪: the name 杨秋璧 broken, its last character alone before the next name (two single
    # characters, 方 圆, would be a spaced name of its own); 本报记者 何 聪整 / 理: 整理 broken, the line above no byline
    # without it (it once joined the heading below)
    body = wrap("1月4日，河北唐山遵化市的稻田滑冰场迎来了不少游客，孩子们在冰面上尽情嬉戏。", 14)
    lines = ["稻田滑冰场", "", "□本报记者 罗洋瑞 杨秋", "璧 秦荷雪", "", *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.authors == ["罗洋瑞", "杨秋璧", "秦荷雪"]
    lines = ["稻田滑冰场", "", "本报记者 何 聪整", "理", "", *body]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.title, a.byline, a.authors) == ("稻田滑冰场", "本报记者 何 聪整理", ["何聪"])
    assert [b.text for b in a.body] == ["".join(body)]


def test_on_whose_behalf_a_headline_is_set_is_its_kicker():
    # 受习近平总书记委托 / 李克强到湖北武汉考察指导…: like 经…批准, a 受…委托 box states nothing of its own, the kicker over the
    # title (it once read as the title over a subtitle)
    body = "新华社武汉1月27日电 受习近平总书记委托，中共中央政治局常委、国务院总理李克强27日来到武汉，考察指导疫情防控工作。"
    lines = [
        "受习近平总书记委托",
        "",
        "李克强到湖北武汉考察指导",
        "新型冠状病毒感染肺炎疫情防控工作",
        "",
        *wrap(body, 16),
    ]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.kicker, a.title, a.subtitle) == (
        "受习近平总书记委托",
        "李克强到湖北武汉考察指导新型冠状病毒感染肺炎疫情防控工作",
        None,
    )


def test_a_reporters_sentence_is_no_byline():
    # 本报记者走进北京、江苏、浙江、 / 河南、湖南、重庆六省市的基层社区，…: a word of four characters run on after the role
    # word that opens on no surname is a sentence's (人民日报: 104 paragraphs open so), not reporters' names
    assert not P.is_byline("本报记者走进北京、江苏、浙江、")
    assert P.is_byline("本报记者杜一菲") and P.is_byline("本报记者 欧阳洁") and P.is_byline("本报记者欧阳洁、王珂")
    lead = "本报记者走进北京、江苏、浙江、河南、湖南、重庆六省市的基层社区，倾听党员干部、居民群众讲述身边事。"
    lines = ["战斗在社区疫情防控第一线", "", *wrap(lead, 16)]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.byline, a.authors) == (None, [])
    assert [b.text for b in a.body] == [lead]


def test_a_credit_broken_before_its_last_names_keeps_them():
    # 版式设计：郭 祥 / 蔡华伟, a blank line under them: the names finish the credit (on the check folders' pages with
    # blank lines 10 times in 10), they are no reporter's; the reporter's name stands apart under it
    body = wrap("热气腾腾的水饺出锅了。老宫咬了一口，旋即转过身去，不让母亲和妻子看到自己湿润的眼眶。", 15)
    lines = ["新春，感受温暖", "", *body, "", "版式设计：郭 祥", "蔡华伟", "", "邵莲苑", ""]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.authors == ["邵莲苑"]
    assert [b.text.replace(" ", "") for b in a.body] == ["".join(body), "版式设计：郭祥蔡华伟"]


def _sections(heads: list[list[str]], texts: list[str], width: int = 14) -> list[str]:
    """Page lines of sections: each a list of heading boxes (blank lines between), then its text."""
    lines: list[str] = []
    for boxes, text in zip(heads, texts, strict=True):
        for box in boxes:
            lines += [*box.split("/"), ""]
        lines += [*wrap(text, width), ""]
    return lines


_VOICES = [
    "我第一次来中国是在四十年前，那时的街道上还满是自行车，如今高楼林立，处处都是新气象。",
    "中国的企业在技术上不断进步，我们的合作伙伴总能按时交付，这让我们对未来的合作充满信心。",
    "我在中国的大学教书多年，学生们勤奋好学，他们对世界充满好奇，也愿意了解不同的文化。",
]


def test_a_foreign_authors_line_under_a_section_subhead_is_no_subtitle():
    # 讲述亲历故事 见证辉煌历程 / 用镜头记录中国发生的巨大变化 / （法国）格雷瓜尔·戴 / 高乐: the first section's subhead and its
    # foreign author printed right under the title, as every section below prints them (人民日报's 风从东方来 pages):
    # the title stands alone, the subhead opens the body, the author's line is a paragraph, not a subtitle
    heads = [
        [["讲述亲历故事 见证辉煌历程"], ["用镜头记录中国发生的巨大/变化"], ["（法国）格雷瓜尔·戴/高乐"]],
        [["为世界创造更多发展机遇"], ["（德国）卡尔·哈恩"]],
        [["中国人民的文化自信不断/增强"], ["（日本）佐藤利行"]],
    ]
    lines = _sections([[b for box in h for b in box] for h in heads], _VOICES)
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.kicker, a.title, a.subtitle) == (None, "讲述亲历故事 见证辉煌历程", None)
    assert [(b.type, b.text) for b in a.body if b.type == "subhead" or b.text.startswith("（")] == [
        ("subhead", "用镜头记录中国发生的巨大变化"),
        ("paragraph", "（法国）格雷瓜尔·戴高乐"),
        ("subhead", "为世界创造更多发展机遇"),
        ("paragraph", "（德国）卡尔·哈恩"),
        ("subhead", "中国人民的文化自信不断增强"),
        ("paragraph", "（日本）佐藤利行"),
    ]


def test_a_first_sections_lead_in_subhead_and_byline_under_the_title_open_the_body():
    # 全力奋战 英勇奋战 团结奋战 / 江西大余县疾控中心医师 / 蒋金波—— / 忘我投入，用生命诠释担当 / 本报记者 郑少忠: the first
    # section's lead-in, subhead and byline under the title, as the sections below print theirs: they open the body
    # (the lead-in had stayed over the title as its kicker, the title read as a column's name)
    from banmian.reconstruct.assemble import _Draft, _first_section_subhead
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    heads = [
        [
            "全力奋战 英勇奋战 团结奋战",
            "江西大余县疾控中心医师/蒋金波——",
            "忘我投入，用生命诠释担当",
            "本报记者 郑少忠",
        ],
        ["河北廊坊一线医生陈玉兰——", "只想尽最大努力挽救病患", "本报记者 史自强"],
        ["广州市从化区米埗村——", "老党员发动儿孙齐战“疫”", "本报记者 李 刚"],
    ]
    units, _ = reflow(text_to_lines("\n".join(_sections(heads, _VOICES))))
    assert [u.kind for u in units[:6]] == ["heading"] * 4 + ["byline", "paragraph"]
    d = _Draft(head_before=units[:5], body=units[5:])
    _first_section_subhead(d)
    assert [u.text for u in d.head_before] == ["全力奋战 英勇奋战 团结奋战"]
    assert [u.text for u in d.body[:4]] == [
        "江西大余县疾控中心医师",
        "蒋金波——",
        "忘我投入，用生命诠释担当",
        "本报记者 郑少忠",
    ]


def test_a_told_to_line_under_the_authors_note_closes_the_same_article():
    # （作者为月星集团董事局主席） / （本报记者杨昊、易舒冉采访整理）: who spoke, then who took it down, both under the body;
    # the second once opened an article of its own, which took the headline printed after the body
    body = wrap("我们坚信，中国经济的基本面长期向好，民营经济的明天更美好，我们也有信心走出困境。", 16)
    lines = [*body, "", "（作者为月星集团董事局主席）", "", "（本报记者杨昊、易舒冉采访整理）", ""]
    lines += ["工商界人士、政协委员接受本报采访表示——", "", "降低疫情冲击 稳定企业发展", ""]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.kicker, a.title) == ("工商界人士、政协委员接受本报采访表示——", "降低疫情冲击 稳定企业发展")
    assert a.body[-1].text == "（本报记者杨昊、易舒冉采访整理）"


def test_a_headline_at_the_foot_of_a_body_in_sections_is_the_articles_the_first_subhead_its_first_sections():
    # 公正高效司法 / 提振法治信心 at the page's top, sections under it, (本报记者彭波、汪志球) and then 代表委员热议两高报告 /
    # 捍卫公平正义 守护美好生活 at its foot: one article whose headline is printed under it (it was cut in two there,
    # the second half only the reporters' line)
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    lines = _sections([["公正高效司法/提振法治信心"], ["法治护航高质量发展"], ["智慧法院大显身手"]], _VOICES, width=12)
    lines += ["（本报记者彭波、汪", "志球、郑海鸥）", "", "代表委员热议两高报告", "", "捍卫公平正义 守护美好生活", ""]
    units, _ = reflow(text_to_lines("\n".join(lines)))
    assert [u.kind for u in units[-3:]] == ["paragraph", "heading", "heading"]
    (d,) = _split_double_titles([_Draft(units[:2], units[-2:], units[2:-2])])
    assert [u.text for u in d.head_after] == ["代表委员热议两高报告", "捍卫公平正义 守护美好生活"]
    assert d.head_before == [] and d.body[:2] == units[:2]


def test_pull_quotes_over_a_body_whose_headline_is_at_its_foot_open_the_body():
    # 生物安全已经成为…全球共识 / 加快推进…身体健康 over a commentary, its (作者为…) and then 新论 / 筑牢生物安全的法律屏障
    # at its foot: one article, its headline printed under it and the pull quotes its first paragraphs (it was cut
    # in two there, the second half only the author's line); a headline over the body is no pull quote and stays
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    quotes = ["生物安全已经成为世界各国维护国家", "安全的重要制度构成，通过法律保障和管", "理生物安全已成全球共识", ""]
    quotes += ["加快推进我国生物安全领域的良法之", "治，才能更好维护国家安全，确保人民群", "众生命安全和身体健康", ""]
    body = []
    for t in (
        "抗击新冠肺炎疫情，是对我国治理体系和能力的一次大考，要把生物安全纳入国家安全体系。",
        "从其他国家的经验来看，对于生物实验室管理、微生物安全管理等问题，均有相应制度规范。",
    ):
        body += [*wrap(t, 17), ""]
    foot = [
        "（作者为北京市习近平新时代中国特色社",
        "会主义思想研究中心特约研究员）",
        "",
        "新论",
        "",
        "筑牢生物安全的法律屏障",
    ]
    from banmian.reconstruct.reflow import _heading_lines

    units, _ = reflow(text_to_lines("\n".join(quotes + body + foot)))
    # (the quotes, each set as a paragraph of the column, are read as paragraphs now; as heading lines, as the
    # reflow leaves quotes of other shapes, they are the body's first paragraphs still)
    assert [u.kind for u in units[:2]] == ["paragraph", "paragraph"]
    units = [h for u in units[:2] for h in _heading_lines(u)] + units[2:]
    heads = [i for i, u in enumerate(units) if u.kind == "heading"]
    assert heads[-2:] == [len(units) - 2, len(units) - 1]
    n = len([u for u in units[: heads[-2]] if u.kind == "heading"])  # (the quotes' lines, read as headings)
    assert n >= 2
    (d,) = _split_double_titles([_Draft(units[:n], units[-2:], units[n:-2])])
    assert d.head_before == [] and [u.text for u in d.head_after] == ["新论", "筑牢生物安全的法律屏障"]
    assert [(u.kind, u.text) for u in d.body[:2]] == [
        ("paragraph", "生物安全已经成为世界各国维护国家安全的重要制度构成，通过法律保障和管理生物安全已成全球共识"),
        ("paragraph", "加快推进我国生物安全领域的良法之治，才能更好维护国家安全，确保人民群众生命安全和身体健康"),
    ]
    # a title over the body (no comma, a headline's length): two articles, as before
    units, _ = reflow(text_to_lines("\n".join(["坚定四个自信的基本依据", "", *body, *foot])))
    first, second = _split_double_titles([_Draft(units[:1], units[-2:], units[1:-2])])
    assert first.head_before[0].text == "坚定四个自信的基本依据"


def test_a_label_and_a_name_over_a_profile_is_its_first_subhead_never_a_headline():
    # 追梦人：韩 飞 over a profile whose headline, 滑雪教练的一天, is printed at its foot: the profile's first subhead (人民日报
    # 2019–2020: 499 paragraphs are a label and a name, no kicker, title or subtitle), one article under the foot headline
    lines = ["追梦人：韩 飞", ""]
    for t in (
        "25岁，河北张家口市崇礼区白旗乡洞四营村人，曾靠种地为生，后在冰雪产业浪潮下开始接触滑雪，如今是一名专业滑雪教练。",
        "我想去瑞士、去新西兰看看，了解更多的国际滑雪教学经验，把家乡的冰雪产业做得更好。",
    ):
        lines += [*wrap(t, 16), ""]
    lines += ["韩飞的记事本", ""]
    for t in (
        "早上八点一刻，韩飞已经站在雪场门口，安排教练团一天的工作，检查每一套雪具。",
        "午饭过后，他又带着几名初学者上了初级道，一遍遍示范转弯和刹车的动作要领。",
    ):
        lines += [*wrap(t, 16), ""]
    lines += ["周爽春", "", "滑雪教练的一天"]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.title, a.byline) == ("滑雪教练的一天", "周爽春")
    assert [(b.type, b.text) for b in a.body if b.type == "subhead"] == [
        ("subhead", "追梦人：韩 飞"),
        ("subhead", "韩飞的记事本"),
    ]


def test_without_blank_lines_a_name_after_a_closing_dateline_closes_the_article():
    # pdftotext -raw: …可能性。 / （本报大马士革、安 / 卡拉2月20日电） / 秦玲黛 / 当前，中国正在…: the reporter's name under a
    # body closed by its dateline ends that article, as one under a finished sentence does; it heads nothing
    from banmian.reconstruct.assemble import _sequence
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    lines = []
    for t in (
        "叙利亚西北部伊德利卜省近日冲突持续，土耳其与叙利亚政府军多次交火，局势紧张。",
        "分析人士认为，各方短期内难以达成停火协议，地区局势仍存在进一步恶化的可能性。",
    ):
        lines += wrap(t, 15)
    lines += ["（本报大马士革、安", "卡拉2月20日电）", "秦玲黛"]
    lines += wrap("当前，中国正在举全国之力抗击新冠肺炎疫情，埃塞俄比亚也在积极努力支持中方遏制疫情蔓延。", 15)
    units, _ = reflow(text_to_lines("\n".join(lines)))
    _sequence(units)
    assert [(u.kind, u.text) for u in units if "秦" in u.text] == [("names", "秦玲黛")]


def test_a_name_under_a_closing_credit_read_as_headline_lines_is_the_byline_of_the_article_above():
    # pdftotext -raw: …美丽画卷！ / （新华社记者张晓松、朱基钗，本报记 / 者杜尚泽） / 邱荷琰 / 中国产品助力全球抗疫 / ——…⑦:
    # the credit closes the body above (人民日报: all 3 such lines close their article), and the name under it is that
    # article's, printed last, not a kicker over the next headline
    lines = ["蹚出新路子 书写新篇章"]
    for t in (
        "习近平总书记在山西考察时强调，要坚持稳中求进工作总基调，全面贯彻新发展理念。",
        "总书记的重要讲话，为山西在转型发展上率先蹚出一条新路来指明了方向，绘就了高质量发展的美丽画卷！",
    ):
        lines += wrap(t, 15)
    lines += [
        "（新华社记者张晓松、朱基钗，本报记",
        "者杜尚泽）",
        "邱荷琰",
        "中国产品助力全球抗疫",
        "——携手全球抗疫 彰显中国担当⑦",
    ]
    for t in ("一天之内，5架外国军机来上海“带货”，世界最大运输机多次往返中国运载防护装备。", "中国企业全力扩大产能。"):
        lines += wrap(t, 15)
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert (first.title, first.authors) == ("蹚出新路子 书写新篇章", ["邱荷琰"])
    assert first.body[-1].text == "（新华社记者张晓松、朱基钗，本报记者杜尚泽）"
    assert (second.kicker, second.title) == (None, "中国产品助力全球抗疫")


def test_a_compilations_title_at_its_foot_under_the_compilers_names_heads_the_items_above():
    # …（据新华社华盛顿电 记者周舟） / 黎杰 毛茜 侯芳 / 微阅读: the last item keeps its closing line (a cut that would give the
    # foot headline nothing else gives it nothing), and the title with the compiler's names over it heads the items
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _compilations, _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    lines = ["“苔丝”发现一颗地球大小的系外行星", ""]
    lines += [*wrap(BRIEF_A, 14), "", *wrap(BRIEF_B, 14), "", "（据新华社华盛顿电 记者周舟）", ""]
    lines += ["黎杰 毛茜 侯芳", "", "微阅读"]
    units, _ = reflow(text_to_lines("\n".join(lines)))
    assert [u.kind for u in units[-2:]] != ["paragraph", "paragraph"]
    item, foot = _split_double_titles([_Draft(units[:1], units[-2:], units[1:-2])])
    assert item.body[-1].text == "（据新华社华盛顿电 记者周舟）" and foot.body == []
    items = [
        Article(title=t, body=[Block("paragraph", x), Block("paragraph", "（据新华社伦敦电 记者张三）")])
        for t, x in [("甲", BRIEF_A), ("乙", BRIEF_B)]
    ]
    title = Article(title="微阅读", byline="黎杰 毛茜 侯芳", authors=["黎杰", "毛茜", "侯芳"])
    (c,) = _compilations([*items, title])
    assert (c.title, c.byline, c.authors) == ("微阅读", "黎杰 毛茜 侯芳", ["黎杰", "毛茜", "侯芳"])
    assert [b.text for b in c.body if b.type == "subhead"] == ["甲", "乙"]


def test_sections_under_an_editors_note_are_the_features():
    # 记者体验春运一线 / its note, ——编者 / then reporters' sections, each a lead-in——, a subhead and a byline: parts of the
    # feature, not articles of their own (sections with no byline, a prize's winners under a 巡礼, stay articles)
    note = "春运期间，本报记者走上一线，体验不同岗位的辛苦与坚守。"
    lines = ["记者体验春运一线", "", *wrap(note, 16), "", "——编 者", ""]
    lines += _sections(
        [
            ["冲洗一列“复兴号”，/相当于绕着动车组走三圈——", "高铁清洗工，这活很累人", "本报记者 陆娅楠"],
            ["机上维护手册一米多厚——", "飞机体检师，严谨保安全", "本报记者 赵展慧"],
        ],
        _VOICES[:2],
        width=16,
    )
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.title == "记者体验春运一线"
    assert [b.text for b in a.body if b.type == "subhead"][-2:] == ["高铁清洗工，这活很累人", "飞机体检师，严谨保安全"]
    assert "本报记者 赵展慧" in [b.text for b in a.body]


def test_a_figure_set_alone_between_paragraphs_is_no_headline():
    # （上接第一版） / 2700多亿元 / 落实…减免税费2700多亿元…: a figure the body quotes, set large over it (人民日报: 197 paragraphs
    # are such a figure alone, and no title is one without a kicker over it): it opens no article of its own
    above = "这几年村里变化很大，党组织成为带领村民脱贫致富的“领头雁”。"
    below = "落实重点任务，近两年辽宁化解煤炭产能1380万吨，减免税费2700多亿元，推动工业经济向高端化发展。"
    lines = ["让村子发展有后劲", "", *wrap(above, 14), "", "（上接第一版）", "", "2700多亿元", "", *wrap(below, 14)]
    articles = banmian.parse_text("\n".join(lines)).articles
    assert "2700多亿元" not in [a.title for a in articles]
    assert any(b.text == "2700多亿元" for a in articles for b in a.body)


def test_an_article_headed_by_chapters_alone_is_the_document_above():
    # 《粤港澳大湾区发展规划纲要》 / 目 录 / 第一章 规划背景 / 第一节 发展基础 …: the table of contents and the chapters of
    # the document printed in full, not articles of their own
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _chapters_join

    doc = Article(
        kicker="中共中央国务院印发", title="《粤港澳大湾区发展规划纲要》", body=[Block("paragraph", "前文。")]
    )
    toc = Article(title="目 录", body=[Block("paragraph", "第二章 总体要求")])
    chapter = Article(kicker="第一章 规划背景", title="第一节 发展基础", body=[Block("paragraph", "粤港澳大湾区。")])
    other = Article(title="大湾区建设提速", body=[Block("paragraph", "记者近日走访。")])
    out = _chapters_join([doc, toc, chapter, other])
    assert [a.title for a in out] == ["《粤港澳大湾区发展规划纲要》", "大湾区建设提速"]
    assert [b.text for b in out[0].body if b.type == "subhead"] == ["目 录", "第一章 规划背景", "第一节 发展基础"]


def test_a_bracketed_label_under_an_editors_note_opens_the_features_first_section():
    # 为国育才不畏难 / its note, ——编 者 / 【人物】乡村教师支月英 / 【故事】…: the label read as the next article's title is
    # the first section's (人民日报 prints 101 paragraphs opening on 【…】, no headline)
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _noted_sections

    feature = Article(
        title="为国育才不畏难", body=[Block("paragraph", "今天起，本栏目开设系列。"), Block("subhead", "——编 者")]
    )
    label = Article(title="【人物】乡村教师支月英", body=[Block("paragraph", "【故事】支月英现为教学点负责人。")])
    other = Article(title="坚守就是最真挚的祝福", body=[Block("paragraph", "春节期间，我在站里值班。")])
    out = _noted_sections([feature, label, other])
    assert [a.title for a in out] == ["为国育才不畏难", "坚守就是最真挚的祝福"]
    assert [b.text for b in out[0].body][-2:] == ["【人物】乡村教师支月英", "【故事】支月英现为教学点负责人。"]


def test_a_first_sections_lead_in_and_subhead_with_no_byline_open_the_body():
    # 走过天安门，我们无上荣光 / 香港专业人士（北京） / 协会理事郑智发—— / 让香港永葆东方之珠的光彩: the first of the
    # feature's sections (each a speaker's lead-in over a subhead, no byline) under its title: they open the body
    from banmian.reconstruct.assemble import _Draft, _first_section_subhead
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    heads = [
        ["走过天安门，/我们无上荣光", "香港专业人士（北京）/协会理事郑智发——", "让香港永葆东方之珠的光/彩"],
        ["北京市东城区健身操/舞协会会员李秀花——", "千言万语汇成一句话"],
        ["四川省森林消防总队/排长侯正超——", "不负时代不负国家"],
    ]
    units, _ = reflow(text_to_lines("\n".join(_sections(heads, _VOICES, width=12))))
    assert [u.kind for u in units[:7]] == ["heading"] * 6 + ["paragraph"]
    d = _Draft(head_before=units[:6], body=units[6:])
    _first_section_subhead(d)
    assert [u.text for u in d.head_before] == ["走过天安门，", "我们无上荣光"]
    assert d.body[0].text == "香港专业人士（北京）"


def test_a_quotation_over_a_byline_after_a_section_of_that_shape_is_the_next_section():
    # 谢谢你，绿色家园守护者 … “我们越来越有底气了” / 本报记者 智春丽 … then “粉尘少了，柿子树又结果了” / 本报记者 乔 栋 read
    # as an article: a section of the feature, as the one inside it (an article headed otherwise stays apart)
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _quoted_sections

    body = [Block("paragraph", "编者按：很多人都在努力着。"), Block("subhead", "“我们越来越有底气了”")]
    body += [Block("paragraph", "本报记者 智春丽"), Block("paragraph", "江水清了，鱼儿多了。")]
    feature = Article(title="谢谢你，绿色家园守护者", body=body)
    section = Article(
        title="“粉尘少了，柿子树又结果了”", byline="本报记者 乔 栋", body=[Block("paragraph", "村里变了样。")]
    )
    plain = Article(title="地里不再白茫茫一片", byline="本报记者 付 文", body=[Block("paragraph", "盐碱地变良田。")])
    out = _quoted_sections([feature, section, plain])
    assert [a.title for a in out] == ["谢谢你，绿色家园守护者", "地里不再白茫茫一片"]
    assert [b.text for b in out[0].body][-3:] == ["“粉尘少了，柿子树又结果了”", "本报记者 乔 栋", "村里变了样。"]


def test_an_article_headed_as_the_reporters_sections_above_it_is_their_next_section():
    # 坚决打赢… holds 北京海淀区…陈春枝—— / 穿上白大褂，就顾不上害怕 / 本报记者 贺勇 and another such section; then
    # 中铁郑州局集团公司2.6万余名党员—— / 沉到一线，保高铁运行安全 / 本报记者 马跃峰 reads as an article: the feature's
    # next section (lead a paragraph, title a subhead, byline a paragraph).  An article under □本报记者, or with a
    # kicker of another shape than the sections' leads, stays apart
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _bylined_sections

    body = []
    for lead, head, byline in (
        ("北京海淀区集中医学观察中心陈春枝——", "穿上白大褂，就顾不上害怕", "本报记者 贺勇"),
        ("四川自贡党员干部勇当先锋敢打头阵——", "集体剪发，全力以赴抗疫情", "本报记者 宋豪新"),
    ):
        body += [Block("paragraph", lead), Block("subhead", head), Block("paragraph", byline)]
        body.append(Block("paragraph", "疫情发生以来，他们一直坚守在防控一线。"))

    def feature() -> Article:
        return Article(title="坚决打赢疫情防控的人民战争总体战阻击战", body=list(body))

    def section(kicker: str, byline: str) -> Article:
        return Article(
            kicker=kicker,
            title="沉到一线，保高铁运行安全",
            byline=byline,
            body=[Block("paragraph", "高铁站里人不多。")],
        )

    out = _bylined_sections([feature(), section("中铁郑州局集团公司2.6万余名党员——", "本报记者 马跃峰")])
    assert len(out) == 1
    assert [(b.type, b.text) for b in out[0].body][-4:] == [
        ("paragraph", "中铁郑州局集团公司2.6万余名党员——"),
        ("subhead", "沉到一线，保高铁运行安全"),
        ("paragraph", "本报记者 马跃峰"),
        ("paragraph", "高铁站里人不多。"),
    ]
    assert len(_bylined_sections([feature(), section("中铁郑州局集团公司2.6万余名党员——", "□本报记者 马跃峰")])) == 2
    assert len(_bylined_sections([feature(), section("中铁郑州局集团公司", "本报记者 马跃峰")])) == 2
    # one section above is enough where its lead is a line naming who or where (short, no sentence), not where a
    # paragraph of the body stands over its subhead (…让大家伙儿享受到更多实惠。 / 一人一策 辨证施治 / 本报记者 蒋茗)
    one = Article(title="坚决打赢疫情防控的人民战争总体战阻击战", body=body[:4])
    assert len(_bylined_sections([one, section("中铁郑州局集团公司2.6万余名党员——", "本报记者 马跃峰")])) == 1
    named = [Block("paragraph", "北京海淀区集中医学观察中心陈春枝"), *body[1:4]]
    one = Article(title="坚决打赢疫情防控的人民战争总体战阻击战", body=named)
    assert len(_bylined_sections([one, section("中铁郑州局集团公司", "本报记者 马跃峰")])) == 1
    told = [Block("paragraph", "疫情发生以来，海淀区的党员干部一直坚守在防控一线，让群众吃上定心丸。"), *body[1:4]]
    one = Article(title="坚决打赢疫情防控的人民战争总体战阻击战", body=told)
    assert len(_bylined_sections([one, section("中铁郑州局集团公司", "本报记者 马跃峰")])) == 2
    one = Article(
        title="坚决打赢疫情防控的人民战争总体战阻击战", body=[Block("paragraph", "海淀区" * 14 + "——"), *body[1:4]]
    )
    assert len(_bylined_sections([one, section("中铁郑州局集团公司2.6万余名党员——", "本报记者 马跃峰")])) == 2


def test_the_first_sections_byline_read_as_the_features_counts_as_a_section():
    # 矢志创新攻坚 推动科技进步 / ——…巡礼（下） / 本报记者 谷业凯 / 国家科技进步奖创新团队获得者…—— / “高性能”团队这样炼成
    # / …: the feature's first section opens its body, its reporter's byline read as the feature's; the next article
    # headed as that section (国家科技进步奖一等奖获得者谢玉洪—— / 打破常规找气田 / 本报记者 刘诗瑶) is the next section
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _bylined_sections

    def feature(byline: str, lead: str) -> Article:
        body = [
            Block("paragraph", lead),
            Block("subhead", "“高性能”团队这样炼成"),
            Block("paragraph", "研讨会开始了。"),
        ]
        return Article(title="矢志创新攻坚 推动科技进步", byline=byline, body=body)

    section = Article(
        kicker="国家科技进步奖一等奖获得者谢玉洪——",
        title="打破常规找气田",
        byline="本报记者 刘诗瑶",
        body=[Block("paragraph", "我国西部地区是天然气的主要生产基地。")],
    )
    lead = "国家科技进步奖创新团队获得者大连理工大学高性能精密制造创新团队——"
    assert len(_bylined_sections([feature("本报记者 谷业凯", lead), section])) == 1
    assert len(_bylined_sections([feature("□本报记者 谷业凯", lead), section])) == 2  # the feature's own byline
    # a first paragraph with no dash over a subhead is no section's lead, whatever the next article's kicker
    section.kicker = "国家科技进步奖一等奖获得者谢玉洪"
    assert len(_bylined_sections([feature("本报记者 谷业凯", "大连理工大学的创新团队"), section])) == 2
    # nor is the first paragraph over another paragraph
    flat = feature("本报记者 谷业凯", lead)
    flat.body[1] = Block("paragraph", "“高性能”团队这样炼成。")
    section.kicker = "国家科技进步奖一等奖获得者谢玉洪——"
    assert len(_bylined_sections([flat, section])) == 2


def test_a_bulleted_line_under_the_title_is_the_first_of_the_bodys_items():
    # 李克强作的政府工作报告 / ●疫情防控取得重大战略成果 / its text / ●去年完成全年主要目标任务 …: the list's first item,
    # not the title (人民日报 sets no title on a bullet; 202 paragraphs open on ●), and an item is no subhead
    items = [
        ("●疫情防控取得重大战略成果", "国务院总理李克强22日在作政府工作报告时说，疫情防控取得重大战略成果。"),
        ("●去年完成全年主要目标任务", "国务院总理李克强22日在作政府工作报告时说，去年发展面临诸多困难。"),
        ("●今年不提出全年经济增速具体目标", "国务院总理李克强22日在作政府工作报告时说，要优先稳就业保民生。"),
    ]
    lines = ["李克强作的政府工作报告", ""]
    for head, text in items:
        lines += [head, *wrap(text, 16)]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert (a.kicker, a.title) == (None, "李克强作的政府工作报告")
    assert [(b.type, b.text) for b in a.body if b.text.startswith("●")] == [("paragraph", h) for h, _ in items]


def test_a_sections_number_and_day_under_the_title_are_no_headline():
    # 抗疫一线日记 / 一 / 2020年1月22日 / the day's entry / 二 / 2020年1月23日 …: a diary's first section number and day
    # under its title open the body, each a subhead of its own; neither is a headline line (人民日报: 82 paragraphs
    # are a number alone, 58 a date alone, no kicker, title or subtitle), nor the title and the day a signature
    days = [
        ("一", "2020年1月22日", "这是我春节前最后一个夜班。我们心内科虽为二线科室，但也丝毫不敢懈怠。"),
        ("二", "2020年1月23日", "武汉宣布离汉通道暂时关闭，医院里的气氛一下子紧张起来，大家都在加班。"),
        ("三", "2020年1月24日", "今天是除夕，我主动报名加入发热门诊，家人虽然担心，但都支持我的决定。"),
    ]
    lines = ["出征", "", *wrap("正月初一，二十名医护人员集合完毕，赴湖北抗击新冠肺炎医疗队出征在即。", 18), ""]
    lines += ["武汉，一定赢！", "", "彭纨燕", "", "抗疫一线日记", ""]
    for number, day, text in days:
        lines += [number, "", day, "", *wrap(text, 18), ""]
    articles = banmian.parse_text("\n".join(lines)).articles
    assert articles[-1].title == "抗疫一线日记"
    assert [b.text for b in articles[-1].body if b.type == "subhead"] == [x for n, d, _ in days for x in (n, d)]


def test_who_reported_the_body_closes_it_and_heads_nothing():
    # …全力保障。 / （综合本报记者王君平、李心萍及新华社报道） / 下一篇的标题: the line saying who reported the body closes it
    # (in 人民日报 a box opening on a bracket is never a title or a kicker); it had headed the next article
    assert P.closes_article("（综合本报记者王君平、李心萍、潘俊强及新华社报道）")
    assert P.closes_article("（本报记者刘志强、朱磊、杨文明）") and P.closes_article("（据新华社电 记者阳娜、马晓冬）")
    assert P.closes_article("（本报曼谷电 郑美辰、郭雨祺参与采写）") and P.closes_article("（相关报道见第二版）")
    assert not P.closes_article("（社区防控，我们在行动）")
    first = wrap("各地加快推进复工复产，重点企业复工率稳步提升，物资保障有力有序。", 16)
    second = wrap("本报北京2月24日电 记者从国家发改委获悉，全国春耕备耕工作正在有序开展。", 16)
    lines = ["复工复产有序推进", "", *first, "", "（综合本报记者王君平、", "李心萍及新华社报道）", ""]
    lines += ["春耕备耕有序开展", "", *second]
    a, b = banmian.parse_text("\n".join(lines)).articles
    assert a.body[-1].text.replace(" ", "") == "（综合本报记者王君平、李心萍及新华社报道）"
    assert (b.title, b.kicker) == ("春耕备耕有序开展", None)


def test_a_line_opening_on_a_bracket_opens_no_headline(monkeypatch):
    # 中共中央国务院关于…的意见 / （2020年1月2日）: the date under a document's title is its subtitle, never where the
    # headline below begins (人民日报: 73 subtitles open on a bracket, no title or kicker), however much the article
    # above shares the title's words (it had taken the title as a headline printed under it, the date heading the
    # next article): whatever the scores, no boundary falls right before the bracket
    from banmian.reconstruct import assemble as A
    from banmian.sources.text import text_to_lines

    title = "中共中央国务院关于抓好“三农”领域重点工作确保如期实现全面小康的意见"
    first = "中央一号文件对抓好“三农”领域重点工作作出部署。今年不少任务以2020年为时间节点，要逐项推进落实。"
    text = "党的十九大以来，党中央围绕打赢脱贫攻坚战、实施乡村振兴战略作出一系列部署，农业农村发展取得新的历史性成就。"
    lines = ["奋力做好“三农”工作", "", *wrap(first, 16), "", title, "", "（2020年1月2日）", "", *wrap(text, 16)]
    _, _, runs, groups, blanks = A.read_page(text_to_lines("\n".join(lines)))
    gi = next(i for i, g in enumerate(groups) if any(u.text == title for u in g.units))
    at = [u.text for u in groups[gi].units].index("（2020年1月2日）")

    def pulled(part, run, side, body, w):  # a headline after the body scores high only when it ends at the title
        return (10.0 if side == "after" and part and part[-1].text == title else 0.0), True

    monkeypatch.setattr(A, "_head_score", pulled)
    choices, _ = A._decide(runs, groups, None, blanks)
    assert choices[gi].sub or choices[gi].k != at


def test_a_title_broken_before_its_number_keeps_it():
    # 闫文港排名第 / 十二: the number right under the line it ends, in the same box, is the title's (a section's number
    # stands in a box of its own)
    text = "本报北京2月25日电 （记者季芳）北京时间25日凌晨，国际雪车和钢架雪车联合会世界杯分站赛在加拿大落幕。"
    lines = ["雪车和钢架雪车世界杯卡尔加里站", "", "闫文港排名第", "十二", "", *wrap(text, 16)]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.title == "闫文港排名第十二"


def test_sections_with_foreign_authors_under_a_headline_at_the_foot_are_one_feature():
    # 中国走出一条独具中国特色的现代化道路 / （英国）斯蒂芬·佩里 / … / “中国速度”让世界惊叹 / （意大利）桑德罗·达米拉诺 / … /
    # 讲述亲历故事 / 见证辉煌历程 at the page's foot: the sections of one feature whose headline is printed under them
    # (each subhead over its author had read as a headline over its byline, the first as a title of its own)
    from banmian.reconstruct.assemble import _Draft, _split_double_titles
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    heads = [
        ["中国走出一条独具中国特色的现代化道路", "（英国）斯蒂芬·佩里"],
        ["“中国速度”让世界惊叹", "（意大利）桑德罗·达米拉诺"],
    ]
    lines = [*_sections(heads, _VOICES[:2], width=16), "讲述亲历故事", "见证辉煌历程", ""]
    units, _ = reflow(text_to_lines("\n".join(lines)))
    assert units[0].kind == "heading" and [u.kind for u in units[-2:]] == ["heading", "heading"]
    (d,) = _split_double_titles([_Draft(units[:1], units[-2:], units[1:-2])])
    assert d.head_before == [] and d.body[0] is units[0] and d.head_after == units[-2:]


def test_a_subhead_over_its_foreign_author_leans_to_a_section(monkeypatch):
    # “中国速度”让世界惊叹 / （意大利）桑德罗·达米拉诺 between two runs of text: a section's subhead and its author (人民日报's
    # 69 such lines all stand so), which the subhead model had read as a headline over a byline: however the model
    # leans (here a little to a boundary), the group is a subhead
    from banmian.reconstruct import assemble as A
    from banmian.sources.text import text_to_lines

    lines = _sections(
        [["讲述亲历故事 见证辉煌历程"], ["“中国速度”让世界惊叹", "（意大利）桑德罗·达米拉/诺"]], _VOICES[:2], width=16
    )
    _, _, runs, groups, blanks = A.read_page(text_to_lines("\n".join(lines)))
    gi = next(i for i, g in enumerate(groups) if any(u.text.startswith("（意大利）") for u in g.units))
    monkeypatch.setattr(A, "_learned_sub_score", lambda *args: -3.0)
    choices, _ = A._decide(runs, groups, None, blanks)
    assert choices[gi].sub


def test_a_box_opening_on_a_bracket_is_no_title():
    # 在全国政协新年茶话会上的讲话 / （2019年12月31日）: the date is the subtitle (人民日报: 73 subtitles open on a bracket,
    # no title), the box over it the title, not a column's name
    from banmian.model import Article
    from banmian.reconstruct.assemble import _assign_head, _title_box
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    units, _ = reflow(text_to_lines("在全国政协新年茶话会上的讲话\n\n（2019年12月31日）\n\n同志们，朋友们：大家好！"))
    a = Article()
    _assign_head(a, units[:2], [])
    assert (a.column, a.title, a.subtitle) == (None, "在全国政协新年茶话会上的讲话", "（2019年12月31日）")
    assert _title_box([units[1:2], units[:1]]) == 1


def test_without_blank_lines_a_columns_tag_under_the_title_is_the_titles():
    # “守望相助的友好情谊” / （患难见真情 共同抗疫 / 情）: with no blank lines, a column's tag in brackets under a title line
    # goes on the title, as 人民日报 appends it (it had become the subtitle); a date in brackets stays a document's
    # subtitle
    from banmian.model import Article
    from banmian.reconstruct.assemble import _assign_head
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    for head, title, subtitle in [
        ("“守望相助的友好情谊”\n（患难见真情 共同抗疫\n情）", "“守望相助的友好情谊”（患难见真情 共同抗疫情）", None),
        ("在全国政协新年茶话会上的讲话\n（2019年12月31日）", "在全国政协新年茶话会上的讲话", "（2019年12月31日）"),
    ]:
        units, _ = reflow(text_to_lines(head))
        assert all(u.kind == "heading" for u in units)
        a = Article()
        _assign_head(a, units, [], blanks=False)
        assert (a.title, a.subtitle) == (title, subtitle)


def test_lead_ins_with_no_title_under_them_are_no_headline():
    # 五星红旗，光耀中华—— / 10时06分，习近平在天安门城楼上发表重要讲话——: boxes that each introduce what follows, no title
    # under them, head a feature's sections (a kicker ends so over its title, never a title); they had forced a new
    # article there
    from banmian.reconstruct import assemble as A
    from banmian.sources.text import text_to_lines

    text = "天安门广场上，礼炮鸣响，五星红旗冉冉升起，全场高唱国歌，目送国旗升上旗杆顶端。"
    lines = ["祖国的庆典，人民的节日", "", *wrap(text, 16), "", "五星红旗，光耀中华——", ""]
    lines += ["10时06分，习近平在天安门城楼上", "发表重要讲话——", "", *wrap(text, 16)]
    _, _, runs, groups, blanks = A.read_page(text_to_lines("\n".join(lines)))
    g = next(g for g in groups if any(u.text.startswith("五星红旗") for u in g.units))
    assert not A._long_lead_in(g)
    lines[-len(wrap(text, 16)) - 3 : -len(wrap(text, 16)) - 1] = [
        "湖北省黄冈市援疆教师郭贵方——",
        "",
        "“享受在这里的每一天”",
    ]
    _, _, runs, groups, blanks = A.read_page(text_to_lines("\n".join(lines)))
    g = next(g for g in groups if any(u.text.startswith("湖北省") for u in g.units))
    assert A._long_lead_in(g)  # (a kicker over its title: a headline)


def _documents_page(openers: bool) -> str:
    # 人大's resolutions printed one after another in narrow columns, each title over its date line, the date line
    # itself broken at the column edge (as pdftotext gives them: a blank line only between chunks)
    date = ["（2020年5月28日第十", "三届全国人民代表大", "会第三次会议通过）"]
    lines = ["风雨无阻 奋勇前行", "", "——十三届全国人大三次会议闭幕侧记", "", "本报记者 张三 李四", ""]
    lines += wrap("5月28日下午，北京，天朗气清。出席十三届全国人大三次会议的代表们肩负人民重托，步入人民大会堂。", 13)
    lines += wrap("代表们表示，在习近平新时代中国特色社会主义思想指引下，“中国号”巨轮必将乘风破浪、行稳致远。", 13)
    for court, opener in [("最高人民法院", "本报讯 （记者 陈宁）"), ("最高人民检察院", "本报讯 （记者 侯爱）")]:
        title = f"第十三届全国人民代表大会第三次会议关于{court}工作报告的决议"
        body = f"第十三届全国人民代表大会第三次会议听取和审议了{court}的工作报告，决定批准这个报告。"
        lines += ["", *wrap(title, 5), "", *date, "", *wrap((opener if openers else "") + body, 13)]
    return "\n".join(lines) + "\n"


def test_a_documents_date_line_under_its_title_makes_a_headline():
    # 第十三届全国人民代表大会第三次会议关于…的决议 / （2020年5月28日…通过）: a title over a document's date line is a headline
    # (人民日报 2019–2020: 70 subtitles so, no subhead), also in a set of alike groups; the second resolution had
    # become subheads of the first
    from banmian import parse_text

    page = parse_text(_documents_page(openers=True))
    heads = [(a.title, a.subtitle) for a in page.articles]
    date = "（2020年5月28日第十三届全国人民代表大会第三次会议通过）"
    assert heads[1:] == [
        ("第十三届全国人民代表大会第三次会议关于最高人民法院工作报告的决议", date),
        ("第十三届全国人民代表大会第三次会议关于最高人民检察院工作报告的决议", date),
    ]
    assert not any(b.type == "subhead" for a in page.articles for b in a.body)


def test_a_date_line_broken_at_the_column_edge_is_one_heading():
    # （2020年5月28日第十 / 三届全国人民代表大 / 会第三次会议通过） run on over the blank line into the body's first lines:
    # the lines up to the closing bracket finish the heading, the paragraph opens after them
    from banmian import parse_text
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    units, _ = reflow(text_to_lines(_documents_page(openers=False)))
    dates = [u for u in units if u.text.startswith("（2020年")]
    assert [u.kind for u in dates] == ["heading", "heading"]
    assert all(u.text == "（2020年5月28日第十三届全国人民代表大会第三次会议通过）" for u in dates)
    after = [units[units.index(u) + 1] for u in dates]
    assert [(u.kind, u.text[:8]) for u in after] == [("paragraph", "第十三届全国人民")] * 2
    page = parse_text(_documents_page(openers=False))
    assert [a.subtitle for a in page.articles[1:]] == ["（2020年5月28日第十三届全国人民代表大会第三次会议通过）"] * 2


def test_a_photo_report_heading_is_a_title():
    # 图片报道 under a closing （作者为…） note: a photo report's title (人民日报 2019–2020: 271 titles, no paragraph or
    # subhead), not a subhead of the article above
    from banmian import parse_text

    lines = ["拿起画笔，为中国加油", ""]
    lines += [*wrap("我的中文名字叫冬青国。我在俄罗斯科学院远东研究所工作，主要研究当代中国艺术。", 17), ""]
    lines += [*wrap("我坚信，中国人民有能力抵抗并战胜新冠肺炎疫情。我向所有中国人民致以诚挚的问候和支持。", 17), ""]
    note = "（作者为俄罗斯科学院远东研究所研究员、俄中友好协会中央理事会成员，本报记者张晓东采访整理）"
    lines += [*wrap(note, 17), "", "图片报道", ""]
    lines += [
        *wrap("2月19日，埃及艾因夏姆斯大学学生手持中国国旗和标语，为中国抗击疫情加油。", 13),
        "",
        "本报记者 周 輖摄",
    ]
    page = parse_text("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["拿起画笔，为中国加油", "图片报道"]
    assert page.articles[0].byline == note
    assert page.articles[1].body[0].text.startswith("2月19日")


def test_a_writers_place_and_name_are_a_reader_authors_line():
    # the signature under a piece in a column of readers' letters or comments (人民日报: 96 paragraphs so, no kicker,
    # title or subtitle); parallel headline phrases and a place alone are not
    for line in ["江西南昌 杨铭鸣", "安徽怀宁县吴良伦", "陕西咸阳市 姚 平", "深圳宝安区 梁修明", "何 娟", "张国庆"]:
        assert P.is_reader_author(line), line
    for line in [
        "小木耳 大产业",
        "新动能\u3000马力足",
        "江西省白泉村",
        "本报记者 王小明",
        "提升安全意识",
        "新华社记者 方喆摄",
        # (nor a headline broken at a place: 湖北省黄冈 / 市…, 广西出台30条支持政 / 策促进自贸区高质量 / 发展)
        "湖北省黄冈",
        "策促进自贸区高质量",
    ]:
        assert not P.is_reader_author(line), line


def _reader_piece_lines(head: str, writer: str, paragraphs: list[str]) -> list[str]:
    lines = [head, "", writer, ""]
    for t in paragraphs:
        lines += [*wrap(t, 17), ""]
    return lines


def test_a_column_of_readers_pieces_is_one_article():
    # 来论 / 用真情传承医者仁心 / 江西南昌 杨铭鸣 / … / 办好民生“关键小事” / 云南昆明 李中军 / …: each piece's headline over its
    # writer's line had become an article with the writer's line for its title; 人民日报 keeps the column as one article
    # under its name, the pieces' headlines and writers its subheads
    from banmian import parse_text

    lines = ["人民时评", "", "靠创新力量支撑共享经济更好发展", "", "本报记者 毛艺", ""]
    for t in [
        "共享经济是数字经济的重要组成部分，近年来发展迅速，带动了大量就业，也方便了群众生活。",
        "推动共享经济更好发展，需要坚持创新驱动，完善监管规则，让市场主体放心投入。",
    ]:
        lines += [*wrap(t, 17), ""]
    lines += ["来论", ""]
    lines += _reader_piece_lines(
        "用真情传承医者仁心",
        "江西南昌 杨铭鸣",
        [
            "医者仁心，是医务工作者最可贵的品质。一位老医生几十年如一日守在乡村卫生室，赢得了乡亲们的信赖。",
            "传承医者仁心，要从点滴做起，用真情对待每一位患者。",
        ],
    )
    lines += _reader_piece_lines(
        "办好民生“关键小事”",
        "云南昆明 李中军",
        [
            "民生无小事，枝叶总关情。社区里的一盏路灯、一个垃圾桶，都关系着群众的切身感受。",
            "把关键小事办好，群众的获得感才会更实在。",
        ],
    )
    page = parse_text("\n".join(lines))
    assert [a.title for a in page.articles] == ["靠创新力量支撑共享经济更好发展", "来论"]
    column = page.articles[1]
    assert column.column is None and column.kicker is None
    assert [b.text for b in column.body if b.type == "subhead"] == [
        "用真情传承医者仁心",
        "江西南昌 杨铭鸣",
        "办好民生“关键小事”",
        "云南昆明 李中军",
    ]
    assert sum(b.type == "paragraph" for b in column.body) == 4


def test_a_readers_column_titled_at_its_foot():
    # the pieces first, the column's name printed under them and read as the next article's column over that one's
    # own (来论 / 大家谈·同心打赢疫情防控阻击战④ / 同心协力共克时艰): the name heads the pieces; a column's name with no
    # other over its headline (治理者说 / 以信息公开助力疫情防控) is that article's, and pieces signed with names alone
    # and no column's name stay as they are (a name under a headline signs many an article)
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _reader_columns

    def pieces() -> list[Article]:
        return [
            Article(
                title="紧绷的弦还不能放松", subtitle="张志锋", body=[Block("paragraph", "疫情防控正处在关键阶段。")]
            ),
            Article(title="防控疫情必须时刻在状态", subtitle="林亦辰", body=[Block("paragraph", "时刻在状态。")]),
        ]

    def after(column: str, kicker: str | None) -> Article:
        return Article(column=column, kicker=kicker, title="同心协力共克时艰", body=[Block("paragraph", "连日来。")])

    out = _reader_columns([*pieces(), after("来论", "大家谈·同心打赢疫情防控阻击战④")])
    assert [a.title for a in out] == ["来论", "同心协力共克时艰"]
    assert [b.text for b in out[0].body if b.type == "subhead"] == [
        "紧绷的弦还不能放松",
        "张志锋",
        "防控疫情必须时刻在状态",
        "林亦辰",
    ]
    assert (out[1].column, out[1].kicker) == ("大家谈·同心打赢疫情防控阻击战④", None)
    out = _reader_columns([*pieces(), after("治理者说", None)])
    assert [(a.column, a.title, a.subtitle) for a in out] == [
        (None, "紧绷的弦还不能放松", "张志锋"),
        (None, "防控疫情必须时刻在状态", "林亦辰"),
        ("治理者说", "同心协力共克时艰", None),
    ]


def test_a_writers_place_and_name_in_a_headline_chunk_is_a_box_of_its_own():
    # pdftotext gives the piece's headline and its writer's line in one chunk (no blank line between): the writer's
    # line is no part of the title (用真情传承医者仁心何 娟); a short last line on a surname is (推动经济实现 / 高质量)
    from banmian.model import Article
    from banmian.reconstruct.assemble import _assign_head
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    for head, fields in [
        ("用真情传承医者仁心\n何 娟", ("用真情传承医者仁心", "何 娟")),
        ("用真情传承医者仁心\n江西南昌 杨铭鸣", ("用真情传承医者仁心", "江西南昌 杨铭鸣")),
    ]:
        units, _ = reflow(text_to_lines(head))
        a = Article()
        _assign_head(a, units, [], blanks=True)
        assert "".join(t for t in (a.column, a.kicker) if t) == fields[0] and a.title == fields[1]
    units, _ = reflow(text_to_lines("推动经济实现\n高质量"))
    a = Article()
    _assign_head(a, units, [], blanks=True)
    assert a.title == "推动经济实现高质量"


def test_names_read_as_a_columns_name_close_the_article_above():
    # 王强妍 / 祖国 / 接我回家: names alone over the next headline are the names closing the article above (on the check
    # folders, 7 of 9 such 'columns' close the article above), never a column's name
    from banmian import parse_text

    lines = ["侨胞回家路", ""]
    for t in [
        "1月31日，中国政府派出的首批民航包机分别抵达泰国曼谷和马来西亚哥打基纳巴卢，接回滞留海外的湖北籍同胞。",
        "机组人员做好防护，一路悉心照顾每一位乘客，为大家送上口罩和食品。",
        "许多旅客说，看到五星红旗的那一刻，心里一下子踏实了。",
    ]:
        lines += [*wrap(t, 13), ""]
    lines += ["中国驻马来西亚哥打", "基纳巴卢总领事馆供图", "", "王强妍", "", "祖国", "接我回家", ""]
    for t in [
        "凌晨时分，包机平稳降落在武汉天河机场，旅客们鼓掌欢呼，有人流下了眼泪。",
        "“感谢祖国，没有忘记我们。”一位旅客说，这一路上工作人员十分细心。",
        "下机后，旅客们按要求接受体温检测，随后前往指定地点休息。",
    ]:
        lines += [*wrap(t, 13), ""]
    page = parse_text("\n".join(lines))
    k = next(i for i, a in enumerate(page.articles) if a.title == "祖国接我回家")
    assert page.articles[k].column is None
    assert (page.articles[k - 1].byline, page.articles[k - 1].authors) == ("王强妍", ["王强妍"])
    # (a byline of its own above stays, and the name is the byline of the article it heads — 邵明敏 / 人民政协新实践 /
    # 用一朵… — as it is of the page's first article; 钟声, a commentary's pen name, is a column's name)
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _names_go_back

    above = Article(byline="本报记者 李四", authors=["李四"], body=[Block("paragraph", "正文。")])
    a = Article(column="王强妍", title="祖国接我回家", body=[Block("paragraph", "正文。")])
    _names_go_back([above, a])
    assert (above.byline, a.column, a.byline, a.authors) == ("本报记者 李四", None, "王强妍", ["王强妍"])
    a = Article(column="王强妍", title="祖国接我回家", body=[Block("paragraph", "正文。")])
    _names_go_back([a])
    assert (a.column, a.byline) == (None, "王强妍")
    a = Article(column="王强妍", title="祖国接我回家", byline="本报记者 张三", body=[Block("paragraph", "正文。")])
    _names_go_back([above, a])
    assert (a.column, a.byline) == ("王强妍", "本报记者 张三")  # (its own byline stays)
    a = Article(column="王强妍", body=[Block("paragraph", "正文。")])
    _names_go_back([above, a])
    assert (a.column, a.byline) == ("王强妍", None)  # (no headline under it)
    a = Article(column="钟声", title="祖国接我回家", body=[Block("paragraph", "正文。")])
    _names_go_back([Article(), a])
    assert (a.column, a.byline) == ("钟声", None)


def test_a_column_of_speakers_is_titled_by_its_name():
    # 发言席 / 北京市人民检察院检察长敬大力代表 / 打造法治营商环境 / … / 中国科学技术大学校长包信和代表 / 培养学生家国情怀 / …:
    # the column's name had become the column over the first piece's headline, the later pieces' headlines its
    # subheads; with two pieces or more in the body headed as the first, the name is the title
    from banmian import parse_text

    pieces = [
        (
            "北京市人民检察院检察长敬大力代表",
            "打造法治营商环境",
            "检察机关要依法平等保护各类市场主体，营造稳定公平透明可预期的法治环境。",
        ),
        (
            "中国科学技术大学校长包信和代表",
            "培养学生家国情怀",
            "高校要把立德树人作为根本任务，引导学生把个人理想融入国家发展。",
        ),
        (
            "宁夏医科大学总医院院长金群华委员",
            "改变重医轻防倾向",
            "公共卫生体系建设要补短板，把预防摆在更加突出的位置。",
        ),
    ]
    lines = ["发言席", ""]
    for who, head, text in pieces:
        lines += [who, "", head, ""]
        for t in [text, "要拿出更实举措，让群众有更多获得感。"]:
            lines += [*wrap(t, 16), ""]
    page = parse_text("\n".join(lines))
    a = page.articles[0]
    assert (a.column, a.kicker, a.title) == (None, None, "发言席")
    assert [b.text for b in a.body if b.type == "subhead"] == [t for who, head, _ in pieces for t in (who, head)]
    # (a column over a kicker and title whose subheads are no speakers' lines keeps its headline)
    lines = ["产经观察", "", "今年行业市场规模有望达4698亿元", "", "冷链物流迎来黄金机遇期", ""]
    for head in ["需求快速增长", "短板仍然明显"]:
        lines += [head, "", "补齐短板", ""]
        for t in ["冷链物流是保障农产品品质的重要环节，近年来市场需求快速增长。", "要加快冷链设施建设。"]:
            lines += [*wrap(t, 16), ""]
    page = parse_text("\n".join(lines))
    assert page.articles[0].title == "冷链物流迎来黄金机遇期"


def test_no_module_binds_a_top_level_name_twice():
    # a second ``_EDITORS_NOTE = …`` far down assemble.py had silently replaced the first for every caller (the
    # note's closing bracket, ——编者）, went unread); a module-level name is bound once
    import ast
    from collections import Counter
    from pathlib import Path

    twice = {}
    for path in sorted(Path(banmian.__file__).parent.rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names[node.name] += 1
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
        if dup := sorted(n for n, k in names.items() if k > 1):
            twice[path.name] = dup
    assert twice == {}


def test_a_compilations_title_at_its_foot_heads_items_read_as_one_articles_sections():
    # the items of 微阅读 read as one article (the second item's headline a subhead) and the title printed under them
    # read as the next article's column: the title heads the items, the next article keeps its own headline
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _compilations

    items = Article(
        title="APEC将加强经贸合作应对疫情",
        body=[
            Block("paragraph", "亚太经合组织成员贸易部长5日发表声明，表示将加强合作，以应对新冠肺炎疫情影响。"),
            Block("paragraph", "（据新华社吉隆坡电 记者林昊）"),
            Block("subhead", "美财政部二季度计划发债近3万亿美元"),
            Block("paragraph", "美国财政部近日表示，今年第二季度，计划发行2.999万亿美元的国债。"),
            Block("paragraph", "（据新华社华盛顿5月4日电 记者许缘、高攀）"),
        ],
    )
    text = "根据德国联邦劳工局公布的最新数据，德国已有大量企业申请短时工作津贴。" * 4
    nxt = Article(
        column="微阅读",
        title="德国提高短时工作津贴为企业和员工减压",
        byline="□本报记者 汪佳姬",
        body=[Block("paragraph", text), Block("paragraph", text), Block("paragraph", "（本报柏林电）")],
    )
    out = _compilations([items, nxt])
    assert [(a.column, a.title) for a in out] == [(None, "微阅读"), (None, "德国提高短时工作津贴为企业和员工减压")]
    assert [b.text for b in out[0].body if b.type == "subhead"] == [
        "APEC将加强经贸合作应对疫情",
        "美财政部二季度计划发债近3万亿美元",
    ]


def test_a_readers_column_read_as_the_column_over_its_first_piece_is_titled_by_it():
    # 建议 / 消毒用品要妥善存放 / … / 湖南益阳市 夏 扬 / 推广使用可升降课桌椅: a writer's place and name among the subheads
    # under a short column's name make the name the title, the first piece's headline its first subhead (on the check
    # folders 5 of 5 such articles); a name alone among them (金 艺: a photographer's) does not
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _reader_columns

    def column(writer: str) -> Article:
        body = [
            Block("paragraph", "近日，本地一个3岁多的孩子误食洗手用的消毒剂，幸好送医及时。"),
            Block("subhead", writer),
            Block("subhead", "引导孩子用好压岁钱"),
            Block("paragraph", "春节过后，不少孩子手里有了一笔压岁钱。"),
        ]
        return Article(column="建议", title="消毒用品要妥善存放", body=body)

    a = _reader_columns([column("湖南益阳市 夏 扬")])[0]
    assert (a.column, a.title, a.body[0].text) == (None, "建议", "消毒用品要妥善存放")
    a = _reader_columns([column("金 艺")])[0]
    assert (a.column, a.title) == ("建议", "消毒用品要妥善存放")


def test_names_under_a_body_over_its_foot_headline_are_its_byline():
    # 制图：张丹峰 汪哲平 / 贾昭 / 新一代载 / 人飞船试验船—— / 亮点在哪里？: the names under a body and its credits, over the
    # headline printed at its foot, close that body (they had become the column's name over its own headline)
    from banmian import parse_text

    lines = []
    for t in [
        "5月8日13时49分，新一代载人飞船试验船返回舱在东风着陆场预定区域成功着陆，试验取得圆满成功。",
        "针对各种可能出现的着陆情况，搜救人员提前制定预案，反复开展演练。",
        "众手托举之下，新一代载人飞船试验船飞行试验任务获得预期效果。",
    ]:
        lines += [*wrap(t, 13), ""]
    lines += ["制图：张丹峰 汪哲平", "", "贾昭", "", "新一代载", "人飞船试验船——", "", "亮点在哪里？", ""]
    lines += ["国务院联防", "联控机制联络组", "", "现场督导武汉三民小区及周边市场", ""]
    for t in [
        "新华社武汉5月10日电 （记者梁建强）国务院联防联控机制联络组10日到武汉三民小区及周边市场现场督导。",
        "联络组强调，要迅速组织开展流行病学调查，坚决防止疫情扩散。",
    ]:
        lines += [*wrap(t, 13), ""]
    a = parse_text("\n".join(lines)).articles[0]
    assert (a.column, a.kicker, a.title) == (None, "新一代载人飞船试验船——", "亮点在哪里？")
    assert (a.byline, a.authors) == ("贾昭", ["贾昭"])


def test_nothing_runs_on_from_a_line_that_closes_an_article(monkeypatch):
    # （本报努尔苏丹5月14日电） closes its article's last paragraph; the headline printed after that body (哈萨克斯坦启动
    # 经济复苏计划, the page's last article) is no sentence going on, whatever the line models read of the shapes (here
    # a model that would run every line on)
    from banmian.reconstruct import reflow as R
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(R, "_runs_on_here", lambda *args: True)
    lines = [*wrap("截至5月13日，哈萨克斯坦累计确诊新冠肺炎5417例，隔离措施将根据各地情况逐步解除。", 16)]
    lines += ["", "（本报努尔苏丹5月14日电）", "", "哈萨克斯坦启动经济复苏计划"]
    units, _ = R.reflow(text_to_lines("\n".join(lines)))
    closing = next(u for u in units if "本报努尔苏丹" in u.text)
    assert closing.text.endswith("（本报努尔苏丹5月14日电）")


def test_a_dateline_that_names_the_reporters_keeps_the_sections_reporters_out_of_the_authors():
    # 本报讯 （记者王黛晶） opens a feature whose sections each print their own reporter under their subhead (检修农机
    # 就等下地 / 本报记者 张 帆): the article's authors are those its dateline names; a section's reporter line stays in
    # the body where it was printed
    lines = ["扎实抓好春季农业生产", ""]
    lead = (
        "本报讯 （记者王黛晶）立春时节，各地春耕备耕正有序开展。各地在做好疫情防控的同时，抓好春季农业生产，"
        "确保粮食等重要农产品稳产保供。本报记者近日走访多地，看各地如何抓好春季农业生产。"
    )
    lines += [*wrap(lead, 16), "", "——编者", ""]
    for head, names, text in (
        (
            "检修农机 就等下地",
            "本报记者 张 帆",
            "在山东济南的一家农机合作社，几名社员正在检修拖拉机，准备下地。合作社负责人说，今年的农机都提前检修好了。",
        ),
        (
            "戴着口罩下田耕地",
            "本报记者 蒋云龙",
            "在云南昆明的田间地头，村民们戴着口罩，相隔一段距离耕地。村干部说，防疫和生产两不误。",
        ),
        (
            "备齐农资 送货到家",
            "本报记者 韩俊杰",
            "在河南周口，农资店的老板开着三轮车，把化肥和种子送到农户家门口。农户们说，这样既方便又安全。",
        ),
    ):
        lines += [head, "", names, "", *wrap(text, 16), ""]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert art.authors == ["王黛晶"]
    assert [b.text for b in art.body if b.text.startswith("本报记者")] == [
        "本报记者 张 帆",
        "本报记者 蒋云龙",
        "本报记者 韩俊杰",
    ]


def test_without_blank_lines_a_wrapped_headlines_short_last_line_stays_with_it():
    # pdftotext -raw: a headline printed after its body, wrapped at its width (阿富汗东部发生 / 枪战致美军士兵 / 死亡),
    # then the next article's headline: the two-character last line ends the first headline; it is no column's
    # name over the next
    a_body = [
        "本报曼谷2月9日电 （记者孙广勇）泰国呵叻府8日发生枪击事件，截至9日已造成27人死亡、57人受伤。",
        "泰国总理巴育9日前往呵叻府看望伤者，并表示政府将全力救治伤员，调查事件原因。",
    ]
    b_body = [
        "据新华社喀布尔2月9日电 阿富汗东部楠格哈尔省8日发生枪战，造成两名美军士兵死亡、六人受伤。",
        "当地官员表示，事件原因正在调查之中。美军方面尚未就此发表评论。",
    ]
    c_body = [
        "本报巴黎2月9日电 （记者王远）法国总统马克龙近日对波兰进行访问，呼吁加强欧盟团结，推动欧洲一体化进程。",
        "马克龙表示，法国和波兰应当加强合作，共同应对欧洲面临的挑战。",
    ]
    lines = ["泰国呵叻府枪击案已致27死57伤"]
    for p in a_body + b_body:
        lines += wrap(p, 16)
    lines += ["阿富汗东部发生", "枪战致美军士兵", "死亡", "法总统访波兰呼吁加强欧盟团结"]
    for p in c_body:
        lines += wrap(p, 16)
    titles = [a.title for a in banmian.parse_text("\n".join(lines)).articles]
    assert titles == [
        "泰国呵叻府枪击案已致27死57伤",
        "阿富汗东部发生枪战致美军士兵死亡",
        "法总统访波兰呼吁加强欧盟团结",
    ]


def test_without_blank_lines_a_name_and_a_colon_ends_its_box(monkeypatch):
    # pdftotext -raw: 许庆： over 保护战友 壮烈牺牲 — a person's name and a colon is a kicker of its own (人民日报: 74
    # kickers are such a name alone, no title or subtitle), whatever the box model reads of the two lines' shapes (here
    # a model that would join every line to the one above)
    from banmian.reconstruct import assemble as A

    monkeypatch.setattr(A, "_box_break", lambda *args: False)
    body = wrap("据新华社电 （记者鲍晓菁）每年清明节，许朱珠都会来到湖北省的烈士陵园，看望牺牲的哥哥许庆。", 16)
    (art,) = banmian.parse_text("\n".join(["许庆：", "保护战友 壮烈牺牲", *body])).articles
    assert (art.kicker, art.title) == ("许庆：", "保护战友 壮烈牺牲")


def test_three_headline_boxes_over_an_attendance_line_are_kicker_title_and_subtitle(monkeypatch):
    # 李克强主持召开中央应对新冠肺炎疫情工作领导小组会议 / 要求突出重点做好常态化防控… / 王沪宁出席: a long first box is
    # the kicker, the second the title, who attended the subtitle, whatever the title model reads of the first two
    # (here a model that calls the first box the title); a short first box stays the title over a subtitle in two
    # (全国政协党组举行集体学习 / 学习贯彻… / 汪洋主持并讲话: 61 such headlines in 人民日报 2019–2020)
    from banmian.reconstruct import assemble as A

    monkeypatch.setattr(A, "_title_logit", lambda x: -9.0)
    body = [
        "新华社北京5月20日电 5月20日，中共中央政治局常委、国务院总理、中央应对新冠肺炎疫情工作领导小组组长李克强主持召开领导小组会议。",
        "会议指出，要认真贯彻习近平总书记重要讲话精神，按照中央应对疫情工作领导小组部署，做好常态化防控。",
    ]

    def page(head: list[str]) -> banmian.Article:
        lines = []
        for box in head:
            lines += [*wrap(box, 16), ""]
        for p in body:
            lines += [*wrap(p, 16), ""]
        (art,) = banmian.parse_text("\n".join(lines)).articles
        return art

    a = page(
        ["李克强主持召开中央应对新冠肺炎疫情工作领导小组会议", "要求突出重点做好常态化防控 防止疫情反弹", "王沪宁出席"]
    )
    assert (a.kicker, a.title, a.subtitle) == (
        "李克强主持召开中央应对新冠肺炎疫情工作领导小组会议",
        "要求突出重点做好常态化防控 防止疫情反弹",
        "王沪宁出席",
    )
    a = page(["全国政协党组举行集体学习", "学习贯彻中央纪委四次全会精神", "汪洋主持并讲话"])
    assert (a.kicker, a.title, a.subtitle) == (
        None,
        "全国政协党组举行集体学习",
        "学习贯彻中央纪委四次全会精神 汪洋主持并讲话",
    )


def test_a_second_columns_name_under_a_banner_is_no_part_of_the_kicker():
    # 新闻速递 / 创新故事 / 卫星遥感和无人机航拍等手段相结合 / “天眼”助力摸清生态底数: a kicker is one box, so the short box
    # under the banner is a column's name too, not the kicker's first half; where the banner titles the items above
    # (a compilation), the article keeps the second name as its column
    from banmian.model import Article, Block
    from banmian.reconstruct.assemble import _compilations

    lines = []
    for p in (
        "本报北京2月9日电 （记者喻思南）近日，我国科研团队在量子通信领域取得新进展，相关成果发表在国际期刊上。",
        "专家表示，这一成果为构建广域量子通信网络奠定了基础，具有重要的科学意义和应用价值。",
    ):
        lines += [*wrap(p, 16), ""]
    lines += ["新闻速递", "", "创新故事", "", "卫星遥感和无人机航拍等手段相结合", "", "“天眼”助力摸清生态底数", ""]
    for p in (
        "“发现灰鹤！发现白琵鹭！”在浙江安吉县，监测人员通过无人机航拍，实时记录下野生鸟类的活动。",
        "安吉县自2016年开展野生动物监测以来，已经记录到多种珍稀鸟类，生态底数越摸越清。",
    ):
        lines += [*wrap(p, 16), ""]
    a = banmian.parse_text("\n".join(lines)).articles[-1]
    assert (a.column, a.kicker, a.title) == (
        "新闻速递 创新故事",
        "卫星遥感和无人机航拍等手段相结合",
        "“天眼”助力摸清生态底数",
    )

    item = "远望号火箭运输船队圆满完成海上运输任务，运输船队从天津港起航，经过7昼夜航行抵达文昌。"
    items = Article(
        title="远望号火箭运输船队圆满完成海上运输任务",
        body=[
            Block("paragraph", item),
            Block("paragraph", "（郝琦艳）"),
            Block("subhead", "电致变色技术提高手机成像能力"),
        ]
        + [
            Block("paragraph", "近日，一款采用电致变色技术的手机发布，其摄像头可在拍摄时隐藏。"),
            Block("paragraph", "（谷业凯）"),
        ],
    )
    out = _compilations([items, a])
    assert [(x.column, x.kicker, x.title) for x in out] == [
        (None, None, "新闻速递"),
        ("创新故事", "卫星遥感和无人机航拍等手段相结合", "“天眼”助力摸清生态底数"),
    ]


def test_a_commentarys_summary_lead_under_its_title_opens_the_body():
    # 人民时评 / 进一步激发市场蕴藏的活力 / 改革春风唤醒的，是…: a box of 30 to 60 characters with a comma, no full stop and
    # no figure under the title is the commentary's summary lead, its first paragraph, though the body never says it
    # again; a box of that shape with figures stays the subtitle (国庆假期，全国零售和餐饮企业销售额达1.52万亿元…)
    body = [
        "观察中国经济的成色，既要用好望远镜，登高望远看清发展大势；也要用好显微镜，耐心细致检验微观经济活动状态。",
        "企业是经济的基本细胞，细胞活力四射，经济才会身强体健。日均新设企业达到2万户，说明营商环境持续改善。",
    ]

    def article(under_title: str, indent: bool = True) -> banmian.Article:
        # (set wider than the body's column, as a lead in bold is; a subtitle is set in the headline's measure, its
        # first line full)
        box = wrap(under_title, 18) if indent else [under_title[:18], under_title[18:]]
        lines = ["人民时评", "", "进一步激发市场蕴藏的活力", "", *box, ""]
        for p in body:
            lines += [*wrap(p, 16), ""]
        (art,) = banmian.parse_text("\n".join(lines)).articles
        return art

    lead = "改革春风唤醒的，是涌动在每一个角落的创造活力，开放大门迎来的是世界对中国经济发展的信心"
    a = article(lead)
    assert (a.title, a.subtitle, a.body[0].text) == ("进一步激发市场蕴藏的活力", None, lead)
    figures = "国庆假期，全国零售和餐饮企业销售额达1.52万亿元，国内旅游收入6497.1亿元"
    a = article(figures, indent=False)
    assert (a.subtitle, a.body[0].text) == (figures, body[0])


def test_without_blank_lines_a_province_and_a_colon_opens_a_title(monkeypatch):
    # pdftotext -raw: 辽宁： / 免费开放教育资源 — a round-up's part titled by its province, broken at the colon, is one title
    # (人民日报: 14 titles open on a province and a colon, no kicker is one), whatever the box model reads of the two
    # lines (here a model that would set every line apart); a person's name and a colon stays a kicker of its own
    from banmian.reconstruct import assemble as A

    monkeypatch.setattr(A, "_box_break", lambda *args: True)
    body = wrap("本报沈阳2月6日电 （记者辛阳）近日，辽宁面向全省中小学师生免费开放优质教育资源在线服务平台。", 16)
    (art,) = banmian.parse_text("\n".join(["辽宁：", "免费开放教育资源", *body])).articles
    assert (art.kicker, art.title) == (None, "辽宁：免费开放教育资源")
    (art,) = banmian.parse_text("\n".join(["许庆：", "保护战友 壮烈牺牲", *body])).articles
    assert (art.kicker, art.title) == ("许庆：", "保护战友 壮烈牺牲")


def test_a_short_name_right_over_the_title_is_its_column_not_a_kicker():
    # 积极作为 / 履职尽责 / 快评 / 心往一处想 / 劲往一处使: a short name right over the title is the column's (快评), and
    # what is printed over it (a picture's title) goes with it; the title has no kicker.  A short box that says who
    # acts (胡春华强调) stays the kicker, the box over it the column
    body = [
        "心往一处想，劲往一处使。面对前进道路上的风险挑战，只要我们紧紧依靠人民，就一定能书写崭新篇章。",
        "人心齐，泰山移。把全国各族人民的智慧和力量凝聚起来，我们就没有战胜不了的困难。",
    ]

    def article(head: list[str]) -> banmian.Article:
        lines = [*head, ""]
        for p in body:
            lines += [*wrap(p, 16), ""]
        return banmian.parse_text("\n".join(lines)).articles[-1]

    a = article(["积极作为", "履职尽责", "", "快评", "", "心往一处想", "劲往一处使"])
    assert (a.kicker, a.title) == (None, "心往一处想劲往一处使")
    assert a.column is not None and a.column.endswith("快评")
    a = article(["来自疫情防控一线的报道", "", "胡春华强调", "", "心往一处想", "劲往一处使"])
    assert (a.column, a.kicker, a.title) == ("来自疫情防控一线的报道", "胡春华强调", "心往一处想劲往一处使")


def test_a_box_naming_a_kind_of_writing_over_the_headline_is_a_column():
    # 来自疫情防控一线的报道 / 北京全力打好疫情防控阻击战: a first box ending on a kind of writing (报道, 论坛, 时评, …谱)
    # is a column's name though the page prints it once (人民日报: 978 column tags end so, 3 kickers); broken over two
    # lines it is the column whole.  A box that says who acts stays the kicker
    body = [
        "本报北京2月14日电 （记者王昊男）北京市各区各部门全力以赴，坚决打好疫情防控阻击战。",
        "连日来，北京各社区严格落实防控措施，居民出入需登记测温，外来人员一律不得进入。",
    ]

    def article(head: list[str]) -> banmian.Article:
        lines = [*head, ""]
        for p in body:
            lines += [*wrap(p, 16), ""]
        (art,) = banmian.parse_text("\n".join(lines)).articles
        return art

    a = article(["来自疫情防控一线的报道", "", "北京全力打好疫情防控阻击战"])
    assert (a.column, a.kicker, a.title) == ("来自疫情防控一线的报道", None, "北京全力打好疫情防控阻击战")
    a = article(["来自疫情防控一线的报", "道", "", "北京全力打好疫情防控阻击战"])
    assert (a.column, a.kicker, a.title) == ("来自疫情防控一线的报道", None, "北京全力打好疫情防控阻击战")
    a = article(["北京市委召开常委会会议", "", "北京全力打好疫情防控阻击战"])
    assert (a.column, a.kicker) == (None, "北京市委召开常委会会议")


def test_who_took_part_in_the_reporting_closes_the_article_above():
    # （参与记者：李东旭、白平） under a body closes it, as a closing dateline does, and is no kicker of the headline under
    # it (人民日报: 68 paragraphs say who took part so, 57 of them an article's last); a bracket that merely opens on
    # 参与 is no such line
    for line in ("（参与记者：李东旭、白平）", "（徐辉、刘慎、雷辙、张东丹参与采写）", "（贾  麟参与采写）"):
        assert P.closes_article(line), line
    assert not P.closes_article("（参与式预算改革）")


def test_a_marked_byline_broken_inside_a_name_is_one_byline():
    # □本报记者 董瑞 汤 / 平 孟可 under the headline: the first line alone reads as no byline (a name of one character);
    # with the line under it, it is the byline, not a subtitle
    lines = ["鹰屯再现", "鹰击长空", "", "□本报记者 董瑞 汤", "平 孟可", ""]
    for p in (
        "吉林省吉林市昌邑区土城子满族朝鲜族乡渔楼村，历来有捕鹰、驯鹰的传统，被称为“鹰屯”。",
        "近年来，村里转变观念，鹰把式们开始救助受伤的猛禽，让它们重回蓝天。",
    ):
        lines += [*wrap(p, 16), ""]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert (art.title, art.subtitle) == ("鹰屯再现鹰击长空", None)
    assert art.authors == ["董瑞", "汤平", "孟可"]


def test_a_names_like_title_over_a_dash_subtitle_is_the_title():
    # 黄河畔 绿色生 / ——兰州新区生态修复纪实: two words of three characters on surnames read as reporters' names, and six
    # characters as a column's name; over a ——subtitle they are its title (a ——subtitle opens no headline)
    lines = ["黄河畔 绿色生", "", "——兰州新区生态修复纪实", ""]
    for p in (
        "清晨，迎来了每天的第一缕阳光，湿地公园里的鸟儿欢快地鸣叫，游人三三两两地散步。",
        "兰州新区设立以来，当地以建设黄河上游生态屏障为目标，持续推进生态修复治理工作。",
    ):
        lines += [*wrap(p, 16), ""]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert (art.column, art.title, art.subtitle, art.authors) == (None, "黄河畔 绿色生", "——兰州新区生态修复纪实", [])


def _page(*blocks: list[str] | str) -> str:
    """A pdfminer-style page: each block is a headline box (a str, its lines split at "\\n") or a paragraph wrapped
    at 16 cells (a list), with a blank line after each."""
    lines: list[str] = []
    for b in blocks:
        lines += (b.split("\n") if isinstance(b, str) else wrap(b[0], 16)) + [""]
    return "\n".join(lines)


def test_a_short_exclamation_over_a_dateline_is_the_articles_title():
    # “为中国加油！” over 本报讯 （记者姚霄）: a line ending on ！ reads as text, but a sentence standing alone right over
    # the line that opens an article is that article's title
    text = _page(
        "王毅同埃及外长通电话",
        ["据新华社北京2月8日电 国务委员兼外长王毅应约同埃及外长舒克里通电话，双方就合作交换了意见。"],
        ["王毅表示，中方感谢埃方在中方抗击疫情的关键时刻给予的宝贵支持，愿同埃方加强沟通协作。"],
        "“为中国加油！”",
        ["本报讯 （记者姚霄）2月7日晚，由巴西圣保罗市议会主办的元宵节音乐会举行，“为中国加油”成为主题。"],
        ["巴西圣保罗州立大学孔子学院学生玛丽说，今天的节目让我想起在中国的美好时光，希望两国团结在一起。"],
    )
    titles = [a.title for a in banmian.parse_text(text).articles]
    assert titles == ["王毅同埃及外长通电话", "“为中国加油！”"]


def test_a_short_exclamation_under_a_lead_in_kicker_is_the_title():
    # 武汉五位社区党委书记夜以继日奋战一线—— / 为了千家万户平安，值！: a kicker leading in with a dash has its title under it
    text = _page(
        "武汉五位社区党委书\n记夜以继日奋战一线——",
        "为了千家万户平安，值！",
        ["社区是疫情联防联控的第一线。做好社区疫情防控、保障群众基本生活，对于打赢疫情防控的人民战争有着特殊作用。"],
        ["数千名社区党组织负责人带领社区工作者、下沉党员和志愿者，日夜奋战，守护着千家万户的平安。"],
    )
    (art,) = banmian.parse_text(text).articles
    assert (art.kicker, art.title) == ("武汉五位社区党委书记夜以继日奋战一线——", "为了千家万户平安，值！")


def test_a_letters_addressee_is_its_first_paragraph_not_a_headline():
    # 小区门牌号更新了 / 编辑同志：: the line naming whom a letter is written to (no headline of 人民日报 ends on a colon)
    # opens the letter's body under its title
    text = _page(
        "小区门牌号更新了",
        "编辑同志：",
        ["贵报于2019年2月25日刊登了我反映的小区门牌号混乱的来信，引起有关部门重视，门牌号已全部更新。"],
        ["在此向贵报和有关部门表示衷心感谢，希望更多群众身边的小事都能得到这样及时的回应。"],
    )
    (art,) = banmian.parse_text(text).articles
    assert art.title == "小区门牌号更新了"
    assert art.body[0].text == "编辑同志："


def test_an_item_of_a_list_goes_on_across_a_column_jump():
    # 三是持续增创体制 / blank / 机制新优势。…: a line opening on 一是, 二是… is an item of a list in the text (人民日报: 763
    # paragraphs open so, no headline), and one that ends no sentence goes on under the blank, not a headline over it
    text = _page(
        "国办印发意见支持国家级新区深化改革",
        ["新华社北京1月17日电 近日，国务院办公厅印发意见，对新区高质量发展提出五个方面重点举措。"],
        ["二是加快推动实体经济高质量发展。引导新区做精做强主导产业，培育新产业新业态新模式。"],
        "三是持续增创体制",
        ["机制新优势。优化新区管理运营机制，开展体现新区特点的营商环境评价，打造一流营商环境。"],
        ["四是推动全方位高水平对外开放。进一步增强国际竞争力，提升投资贸易便利化水平。"],
    )
    (art,) = banmian.parse_text(text).articles
    assert art.title == "国办印发意见支持国家级新区深化改革"
    assert [b.text[:6] for b in art.body] == ["新华社北京1", "二是加快推动", "三是持续增创", "四是推动全方"]
    assert art.body[2].text.startswith("三是持续增创体制机制新优势。")


def test_a_short_exclamation_over_a_dash_subtitle_is_the_title():
    # 疫情防控，人民有力量！ / ——实地探访荆门市抗击疫情工作: a ——subtitle needs its title over it, whatever its stop
    body = "车行江汉平原，地势平坦开阔。从湖北省荆门市沙洋县城出发到纪山镇，一路上卡点不断，防控严密。"
    lines = [
        " 来自疫情防控一线的报道",
        "",
        "疫情防控，人民有力量！",
        "",
        "——实地探访荆门市抗击疫情工作",
        *wrap(body, 16),
        "",
    ]
    lines += [*wrap("在纪山镇的一个村口，几名村干部正在给过往车辆登记测温，村民们自觉配合，秩序井然。", 16), ""]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert (art.title, art.subtitle) == ("疫情防控，人民有力量！", "——实地探访荆门市抗击疫情工作")


def test_without_blank_lines_a_long_dash_subtitle_goes_on_in_the_line_under_it(monkeypatch):
    # ——写在十九届中央纪委 / 四次全会召开之际 / 本报记者 X: with no blank lines the boxes are guessed; the one line
    # under a ——subtitle, over the body, no longer than it and with no clause mark, is the subtitle's wrapped end
    from banmian.reconstruct import assemble as A

    monkeypatch.setattr(A, "_box_logit", lambda x: 5.0)  # (every headline line a box of its own: the worst guess)
    lines = [
        "永葆初心本色，书写全面从严治党新篇章",
        "——写在十九届中央纪委",
        "四次全会召开之际",
        "本报记者 黎希",
        "“我们党作为百年大党，要始终得",
        "到人民拥护和支持，书写中华民族千秋",
        "伟业，必须始终牢记初心和使命。”",
        "2020年新年伊始，习近平总书记对",
        "“不忘初心、牢记使命”主题教育进行",
        "总结，对深化党的自我革命作出动员。",
    ]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert art.subtitle == "——写在十九届中央纪委四次全会召开之际"
    assert art.body[0].text.startswith("“我们党作为百年大党")


def test_a_sentence_ending_at_the_column_edge_goes_on_over_a_line_one_cell_short():
    # 模式和当地经济新引擎。 (the column's full width) / 保利文化积极协助河曲 (a cell short: its “ was pushed down, no
    # line ends on an opening mark): a paragraph's first line is two cells short, so the paragraph goes on
    lines = [
        "保国利民 助力脱贫攻坚",
        "本报记者 陶馥琴",
        "河曲县电子商务服务",
        "中心经过三年培育，电商",
        "已成为农民脱贫致富的新",
        "模式和当地经济新引擎。",
        "保利文化积极协助河曲",
        "“二人台”创新作品，组",
        "织当地艺术团在山西、内",
        "蒙古等地演出。",
        "在巧家县，依托保利",
        "集团的资金和技术支持，",
        "养蜂在当地多个村镇成为",
        "脱贫致富的甜蜜产业。",
    ]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text[:6] for b in art.body] == ["河曲县电子商", "在巧家县，依"]
    assert "新引擎。保利文化" in art.body[0].text


def test_a_heading_group_under_a_photos_credit_opens_the_next_article():
    # 司马天民摄（影像中国） / 重大工程建设一线见闻 / 引洮解陇渴: a picture and its credit close their story, so the
    # headline under them is the next article's, not a subhead of the story above
    lines = [
        "假期时光",
        "",
        *wrap("本报讯 （记者宋萍荣）“五一”假期，江西省吉安市泰和县在做好疫情防控的同时，开放多处乡村景点。"),
        "",
        *wrap("图为5月4日，苏溪镇模山村，孩子们在村里的“网红桥”上玩耍。"),
        "",
        "司马天民摄（影像中国）",
        "",
        "重大工程建设一线见闻",
        "",
        "引洮解陇渴",
        "",
        *wrap(
            "5月4日，引洮供水二期工程36—1标段工地，随着爆破声响，岩体碎落一地。钻爆班组刚完成任务，出渣班组迅即进场。"
        ),
        "",
        *wrap("“受疫情影响，前段时间耽误了些工期。在抓实安全生产、做好防控的同时，我们加快了施工进度。”"),
        "",
    ]
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert first.title == "假期时光" and len(first.body) == 2
    assert (second.column, second.title) == ("重大工程建设一线见闻", "引洮解陇渴")
    assert second.body[0].text.startswith("5月4日，引洮供水")


def test_a_dateline_after_a_finished_sentence_opens_a_paragraph_whatever_the_line_model_says(monkeypatch):
    # …也为皮影戏传承留档。 (a full line) / 本报重庆1月12日电 （记者: a dateline opens the next article's first paragraph;
    # after an unfinished sentence the reflow never ran it on, after a finished one it asked the line-break model
    from banmian.reconstruct import reflow

    monkeypatch.setattr(reflow, "_pair_logit", lambda features: 5.0)  # (the model sure of a run-on wherever asked)
    first = (
        "本报兰州1月12日电 （记者付文）日前，由兰州大学文学院点校、注解的《影戏剧本清代钞本辑校》由中华书局出版。"
        "此次整理，是甘肃戏曲文献研究的重要进展，也为皮影戏传承留档。"
    )
    second = "本报重庆1月12日电 （记者蒋云龙）日前，重庆市大数据产业人才联盟成立暨政校企签约仪式举行。"
    lines = ["甘肃影戏文献整理成果出版", "", *wrap(first, 14), *wrap(second, 14)]
    assert text_width(lines[-len(wrap(second, 14)) - 1]) == 14  # (the first paragraph ends at the column's edge)
    texts = paragraphs("\n".join(lines))
    assert texts[0].endswith("也为皮影戏传承留档。")
    assert texts[1].startswith("本报重庆1月12日电")


def test_a_paragraph_does_not_end_on_a_comma_whatever_the_line_model_says(monkeypatch):
    # …与学校课程有机结合， / 让孩子们感受传统文化底蕴和年 / 味。: a line a few cells short that stops on a comma ends no
    # paragraph; with no blank line under it, the rules' run-on stands against the line-break model
    from banmian.reconstruct import reflow

    monkeypatch.setattr(reflow, "_pair_logit", lambda features: -5.0)  # (the model sure of a break wherever asked)
    lines = [
        "学舞狮",
        "1月6日，江西省赣州市会昌县文武",
        "坝镇的一所幼儿园里，小朋友们在学",
        "习舞狮。据了解，该县通过开展“新",
        "春文化嘉年华”活动，将传统舞",
        "狮舞龙文化与学校课程有机结合，",
        "让孩子们感受传统文化底蕴和年",
        "味。",
    ]
    (text,) = paragraphs("\n".join(lines))
    assert text.endswith("有机结合，让孩子们感受传统文化底蕴和年味。")


def test_a_closing_credit_broken_before_zhengli_stays_one_credit():
    # 本报记者 王斌来 / 整理 closing a section of a compilation: the second line once read as a heading, and cut
    # the compilation after it into articles headed by the next section's subhead
    lines = ["两会·声音", "", "坚持人民至上推动高质量发展", "", "□本报记者 雷融", ""]
    credits = [("本报记者 王斌来", "整理"), ("本报记者 陈沸宇", "丁志军整理"), ("本报记者 朱思雄", "整理")]
    for head, (name, tail) in zip(["唱好双城记", "守护绿色长城", "引领高质量发展"], credits):
        lines += [head, "", *_block(SECTION), *_block(BRIEF_B), name, tail, ""]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in art.body if b.type == "subhead"] == ["唱好双城记", "守护绿色长城", "引领高质量发展"]
    texts = [b.text.replace(" ", "") for b in art.body]
    assert "本报记者王斌来整理" in texts and "本报记者陈沸宇丁志军整理" in texts


def test_a_subhead_two_cells_short_over_a_first_line_is_its_own_unit():
    # 突出首要任务，保障文化安全 (two cells short of its 12) / 为庆祝新中国成立营造 (two short: a first line) / a full
    # line: only a paragraph's last line stops short, so the line above the first line ends its unit, a subhead
    lines = [
        "扫黄打非 净化环境",
        "本报记者 陶馥琴",
        "全国共查缴各类非法出",
        "版物，处置网络有害信息，",
        "取缔关闭网站，查处各类",
        "案件一万多起。",
        "突出任务，保障文化安",
        "为庆祝新中国成立营造",
        "良好思想文化环境，是“扫",
        "黄打非”工作主线，也是首",
        "要任务。",
    ]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert [(b.type, b.text[:6]) for b in art.body] == [
        ("paragraph", "全国共查缴各"),
        ("subhead", "突出任务，保"),
        ("paragraph", "为庆祝新中国"),
    ]


def test_a_full_unfinished_line_over_a_first_line_ends_its_unit():
    # 交通设施日趋完善，春运保障更有力 (the column's full 16, no stop) / 四十天春运期间，全国旅客发送 (two cells
    # short) / a full line: a line two cells short with its paragraph going on is a first line, so the full line
    # above it ends its unit, and the subhead once ran on into the paragraph under it
    lines = [
        "春运大幕 今日拉开",
        "本报记者 丁华",
        "一年一度的春运再次拉开帷幕，",
        "有关部门负责同志来到国务院新闻办",
        "公室，介绍了今年春运形势。",
        "交通设施日趋完善，春运保障更有力",
        "四十天春运期间，全国旅客发送",
        "量预计将达到约三十亿人次，与上年",
        "大致持平，略有增长。",
    ]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text[:6] for b in art.body] == ["一年一度的春", "交通设施日趋", "四十天春运期"]
    # (here the line model reads the full line as a heading anyway; where it reads it as a paragraph's, the line
    # under it is no sure run-on: it is left to the loop, which ends the paragraph there)
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    pl, _ = reflow._features(text_to_lines("\n".join(lines)))
    reflow._column_widths(pl)
    assert [p.col for p in pl[2:]] == [16.0] * 7
    assert not reflow._runs_on(pl)[6]


SPRING_RUSH = ["今年春运期间，全国旅客发", "送量预计将达到约三十亿人次与", "上年大致持平，各地运输能力完"]
SPRING_RUSH += ["全能够满足旅客出行的需要，铁", "路和民航运输能力都较为充足。"]
EXTRA_TRAINS = ["为保障旅客平安出行的需要，", "铁路部门增开了许多临时列车", "和夜间列车，民航也增加了航班。"]


def test_a_line_one_cell_short_on_a_hung_comma_under_a_finished_sentence_is_a_first_line():
    # 为保障旅客平安出行的需要， (its 12 cells and a comma hung past them, a cell short of the 14) under a sentence
    # ended at the column's edge, over a line opening on a character: a paragraph's first line, once run on
    (art,) = banmian.parse_text("\n".join(["春运大幕 今日拉开", "本报记者 丁华", *SPRING_RUSH, *EXTRA_TRAINS])).articles
    assert [b.text[:6] for b in art.body] == ["今年春运期间", "为保障旅客平"]


def test_a_subhead_over_a_hung_first_line_is_its_own_unit():
    # 铁路民航发力保障旅客出行 (two cells short, no stop) over that first line: a subhead, once run on into it
    lines = ["春运大幕 今日拉开", "本报记者 丁华", *SPRING_RUSH, "铁路民航发力保障旅客出行", *EXTRA_TRAINS]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert [(b.type, b.text[:6]) for b in art.body] == [
        ("paragraph", "今年春运期间"),
        ("subhead", "铁路民航发力"),
        ("paragraph", "为保障旅客平"),
    ]


def test_a_sections_number_with_no_title_over_it_opens_the_body():
    # 一 at the top of an article whose headline is printed after the body (or not at all): the first section's
    # number, as the ones below it are, never the article's title
    for top in ([], ["□本报记者 曹悦爽", ""]):
        lines = [*top, "一", *wrap(SECTION), "", *wrap(BRIEF_A), "", "二", *wrap(BRIEF_B), "", *wrap(SECTION), ""]
        (art,) = banmian.parse_text("\n".join(lines)).articles
        assert art.title is None
        assert [b.text for b in art.body if b.type == "subhead"] == ["一", "二"]


def test_a_label_in_lenticular_brackets_opens_the_body():
    # 【绝活看点】 over the body, under a title or with none: a label opening the body (人民日报 prints 40 paragraphs so,
    # no kicker, title or subtitle), once read as the title
    for top in ([], ["天线装配，干出精细活", ""]):
        lines = [*top, "【绝活看点】", *wrap(SECTION), "", *wrap(BRIEF_A), ""]
        (art,) = banmian.parse_text("\n".join(lines)).articles
        assert art.title == (top[0] if top else None)
        assert art.body[0].text == "【绝活看点】"


def test_without_blank_lines_a_box_no_wrap_could_set_is_cut_into_boxes():
    # pdftotext -raw: a kicker in two lines (broken at its comma) over a title wrapped in three or four narrower
    # lines ran together as one title.  One box of three lines or more is wrapped at its width: each line but the
    # last holds all that fits, so 闻得到花草清香, a cell short of the line above with 北 to come, ends its box
    for head in (
        ["听得见鸟虫鸣叫，", "闻得到花草清香", "北京新添绿化造", "林面积超二十万亩"],
        ["水变清了，人气旺了，", "产业多了", "在青山遇见未来乡村"],
    ):
        lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), *head, *wrap(_LEAN_BODY, 16)]
        report = banmian.parse_text("\n".join(lines)).articles[-1]
        assert report.kicker is not None and report.title is not None, head
        assert report.kicker + report.title == "".join(head)
        assert report.title.endswith(head[-1]) and len(report.title) < len("".join(head)) - 4
    # (a title wrapped at its width in three lines, each full but the last, stays one box)
    head = ["全市新建公园", "城区绿地面积", "三年翻了一番"]
    lines = ["港口码头投入试运行", *wrap(_ABOVE, 16), *head, *wrap(_LEAN_BODY, 16)]
    report = banmian.parse_text("\n".join(lines)).articles[-1]
    assert (report.kicker, report.title) == (None, "".join(head))


def test_a_box_wrapped_at_its_width_fills_every_line_but_the_last():
    # ``_greedy_box``: could one box, wrapped at its width, set these headline lines?  A line stopping short of the
    # widest by the next line's first character (or figure) could not; a space between phrases takes half a cell
    from banmian.reconstruct.assemble import _greedy_box, read_page

    def lines(*texts: str) -> list:
        units = read_page(banmian.sources.text.text_to_lines("\n".join(texts)))[0]
        return [ln for u in units for ln in u.lines]

    assert _greedy_box(lines("全市新建公园", "城区绿地面积", "三年翻了一番"))
    assert _greedy_box(lines("全市新建公园绿", "地面积三年翻了", "一番"))  # (the last line alone may be short)
    assert _greedy_box(lines("我国外储", "规模达3.1万亿美元"))  # (two lines: a headline broken by hand)
    assert not _greedy_box(lines("去年12月末", "我国外储规模达", "3.1万亿美元"))
    assert not _greedy_box(lines("听得见鸟虫鸣叫，", "闻得到花草清香", "北京新添绿化造", "林面积超二十万亩"))
    # (3.1 would not have fitted after 我国外储规模: one token, a cell and a half)
    assert _greedy_box(lines("去年我国外储规模", "3.1万亿美元以上", "稳中有升"))
    assert not _greedy_box(lines("去年十二月末", "外汇储备 规模稳定", "在三万亿美元以上"))


def test_no_headline_box_ends_inside_an_open_quotation_or_brackets():
    # text without blank lines, a headline printed after its body: three lines that one wrap could not have set (the
    # figures of the second, measured roughly, stop it short) are cut into boxes, but where the cut would fall inside
    # the book title or the brackets that a line opened, the lines are one box
    body = wrap(
        "本报北京1月20日电 （记者李明）农业农村部近日印发的规划提出，到2025年，数字农业农村建设取得重要进展，"
        "有力支撑数字乡村战略实施。规划对新时期推进数字农业农村建设的总体思路、发展目标、重点任务作出明确部署。",
        19,
    )
    more = wrap(
        "规划明确了新时期数字农业农村建设的思路，要求以产业数字化、数字产业化为发展主线，全面提升生产智能化水平。", 19
    )

    def head(*lines: str) -> tuple[str | None, str | None]:
        (report,) = banmian.parse_text("\n".join([*body, *more, *lines, "本版责编：孔玲 顾园"])).articles
        return report.kicker, report.title

    assert head("《数字农业农村发展", "规划（2019—2025", "年）》出台") == (
        None,
        "《数字农业农村发展规划（2019—2025年）》出台",
    )
    # (a book title opened on the first line, closed on the second: a kicker over its title, cut where it closes)
    kicker = "文旅部发布《国家级旅游度假区管理办法》"
    assert head("文旅部发布《国家级旅游度假区", "管理办法》", "旅游度假区迈向提质扩容升级") == (
        kicker,
        "旅游度假区迈向提质扩容升级",
    )


# (short lines of many characters: the pairs across lines are seldom inside a line as well, which would hide a miss)
@given(st.lists(st.text(alphabet="甲乙丙丁戊己庚辛壬癸a1，", max_size=3), max_size=30), st.integers(1, 3))
def test_asked_bigrams_are_each_line_s_and_those_across_two_lines_in_order(texts, n_groups):
    from banmian.model import Line
    from banmian.reconstruct import assemble
    from banmian.reconstruct.assemble import Group, _asked_bigrams, _cjk_only, _pair, _pairs
    from banmian.reconstruct.reflow import PLine, Unit

    groups = [
        Group([Unit("heading", [PLine(t, float(len(t)), False, Line(t))]) for t in texts[i::n_groups]])
        for i in range(n_groups)
    ]
    want = set()
    for g in groups:  # (the definition: every line's own pairs, and every earlier line's last with a later one's first)
        cjk = [c for u in g.units if (c := _cjk_only(u.text))]
        want |= {p for c in cjk for p in _pairs(c)}
        want |= {_pair(a[-1], b[0]) for i, a in enumerate(cjk) for b in cjk[i + 1 :]}
    few = assemble.FEW_LINES
    try:
        for assemble.FEW_LINES in (0, 1 << 30):  # (both ways: a group of many lines, and of a few)
            assert _asked_bigrams(groups) == want
    finally:
        assemble.FEW_LINES = few


SATELLITE = [
    "据新华社北京1月5日电 （记者胡明）1月5日，我国研制的新一代大型卫星平台首飞试验星成功定点，各项关键技术得到验证。",
    "目前卫星已完成转移轨道变轨工作，后续将继续开展在轨试验与验证工作，满足未来大容量卫星应用需求。",
]


def test_a_reprinted_dateline_opens_an_article_as_the_papers_own_does():
    # 据新华社北京1月5日电 under a headline of two short lines: a reprinted report opens there, as one under the paper's
    # own dateline does (人民日报 2019–2020: 309 of 323 paragraphs opening so are their record's first); without
    # blank lines the headline was read as a subhead of the report above
    lines = ["去年出入境人员", "达六亿七千万人次"]
    lines += wrap(
        "本报北京1月5日电 （记者张明）国家移民管理局近日发布数据，去年全国边检机关共查验出入境人员六亿七千万人次。"
    )
    lines += wrap("各口岸还为过境旅客提供便利，全年为逾一百八十万人次办理过境免签手续，服务水平不断提高。")
    lines += ["东方红五号卫星公", "用平台首飞成功"]
    for p in SATELLITE:
        lines += wrap(p)
    page = banmian.parse_text("\n".join(lines))
    assert [a.title for a in page.articles] == ["去年出入境人员达六亿七千万人次", "东方红五号卫星公用平台首飞成功"]
    assert [b.text for b in page.articles[1].body] == SATELLITE


def test_a_closing_line_over_credits_still_closes_its_run():
    # （作者为…） / 制图：X: the credits printed under an article's closing line do not hide it from the models, which read
    # "the text above closes an article" off the run's end (on the ten development folders, 3 pages of 4 that change
    # read better)
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.assemble import read_page

    lines = ["新媒介文艺创造前景广阔", ""]
    for p in RAIL:
        lines += _block(p)
    lines += ["（作者为中国社会科学院研究员）", "", "制图：张芳曼", "", "新媒介赋能文艺创作", ""]
    for p in SPACE:
        lines += _block(p)
    _, _, runs, _, _ = read_page(text_to_lines("\n".join(lines)))
    closed = [r for r in runs if any(u.text == "制图：张芳曼" for u in r.units)]
    assert len(closed) == 1 and closed[0].ends_closing()


TRANSPORT = [
    "交通运输部门多措并举保障物资运输，重点物资运输车辆全部免费通行，物流通道保持畅通有序。",
    "各地加快恢复交通运输秩序，为复工复产提供坚实保障，货运量逐步回升，运输服务持续改善。",
]
ARTERY = [
    "复工复产，交通运输是先行官，必须打通堵点、连接断点，让人流物流顺畅起来，为经济循环提供支撑。",
    "稳住交通运输，就是稳住经济运行的大动脉，各地要拿出更多实招硬招，确保物资运得进、产品运得出。",
]


@pytest.mark.parametrize("blanks", [True, False])
def test_a_heading_under_a_credit_line_opens_the_next_article(blanks):
    # 版式设计：蔡华伟 closes a page's or an article's text (人民日报 2019–2020: 488 of 505 credit lines end their
    # record's text or stand over other credits); the short heading under it was read as the article's subhead
    def block(p):
        return _block(p) if blanks else wrap(p)

    lines = ["交通运输加快恢复", *([""] if blanks else [])]
    for p in TRANSPORT:
        lines += block(p)
    lines += ["版式设计：蔡华伟", *([""] if blanks else []), "快评", *([""] if blanks else []), "稳供应 强信心"]
    lines += [""] if blanks else []
    for p in ARTERY:
        lines += block(p)
    first, second = banmian.parse_text("\n".join(lines)).articles
    assert first.title == "交通运输加快恢复" and second.title == "稳供应 强信心"
    assert [b.text for b in first.body] == [*TRANSPORT, "版式设计：蔡华伟"]
    assert [b.text for b in second.body] == ARTERY


GUIZHOU = [
    "贵州坚持以脱贫攻坚统揽经济社会发展全局，全力推进产业扶贫，农村贫困人口大幅减少，群众生活明显改善。",
    "今年是决战决胜之年，全省上下发起最后总攻，确保两场战役都要打赢，两个胜利都要夺取，向全国人民交出合格答卷。",
]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        (["数据来源：中共贵州省委宣传部"], "王娟竹 林嘉"),
        (["数据来源：", "中共贵州省委宣传部"], "王娟竹"),
    ],
)
def test_names_under_a_source_note_sign_the_page(note, names):
    # without blank lines the names under a source note ran on into it (数据来源：中共贵州省委宣传部王娟竹 林嘉): names
    # set apart by spaces never go on an organisation's name
    lines = ["贵州脱贫攻坚", "决战决胜"]
    for p in GUIZHOU:
        lines += wrap(p)
    lines += [*note, names]
    (article,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in article.body] == [*GUIZHOU, "数据来源：中共贵州省委宣传部"]
    assert article.authors == names.split()


def test_a_short_line_under_a_full_line_ending_on_a_colon_and_a_blank_opens_a_paragraph():
    # 研究院院长鲍勃·卡尔： / blank / 如果40年前有人预…: where blank lines set paragraphs apart (pdfminer), a column's jump goes
    # on with a full line, so the short line under the blank opens the speaker's words (on the pdfminer-style folders
    # 51 of 52 such places); the colon had run them into the speaker's line
    def block(p):
        return [*wrap(p, 10), ""]

    speaker = "澳大利亚前外长、悉尼科技大学澳中关系研究院院长鲍勃·卡尔："
    said = "如果40年前有人预测中国有一天将向世界出口道路、桥梁、港口和铁路，很多人会觉得不可思议，如今这已成为现实。"
    lines = ["国际人士谈中国发展", ""]
    for p in [*RAIL, speaker, said, *SPACE]:
        lines += block(p)
    assert (
        block(speaker)[-2].endswith("：") and text_width(block(speaker)[-2]) == 11
    )  # (full: the colon hangs past the 10-cell edge)
    (article,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text for b in article.body] == [*RAIL, speaker, said, *SPACE]


def test_a_first_line_cut_short_by_what_opens_the_next_line_opens_its_paragraph():
    # 岁月的金锤敲响 / 2020年春节的钟声。, 这一切都受益于 / “阿里巴巴脱贫基金”。…: a paragraph's first line stops short
    # because what opens the next line cannot be parted (a figure whole, an opening quote with its character) and did
    # not fit in what was left; under a byline it had been read as a subhead.  Where blank lines set paragraphs apart
    # (pdfminer) and none falls under it, the line opens the paragraph and the next goes on in it
    def block(p):
        return [*wrap(p, 10), ""]

    quoted = ["这一切都受益于", "“阿里巴巴脱贫基金”。", "两年前，该基金正式启", "动，脱贫工作成为集团", "的重要战略。"]
    for first in (["岁月的金锤敲响", "2020年春节的钟声。"], quoted):
        lines = ["春节的礼物", "", "本报记者 史洋青 秦珍荣", "", *first, ""]
        for p in [*RAIL, *SPACE]:
            lines += block(p)
        (article,) = banmian.parse_text("\n".join(lines)).articles
        assert [b.text for b in article.body] == ["".join(first), *RAIL, *SPACE]
    # … and the line under it goes on in it, whatever the line model says of a first line so short
    lines = ["珠峰高程测量", "", "五月的一天，在海拔五千多", "米的大本营里，两名老队员", "又一次相遇。十五年过去了，"]
    lines += ["两人之间的默契丝毫没有减", "退，说起往事仍然滔滔不绝。", "", "在不少人看来，", "“8848.86米”只是课本上"]
    lines += [
        "的一个数字。对于测绘队员",
        "来说，却是他们职业生涯中",
        "一段刻骨铭心的记忆。",
        "",
        "当时，两名队员自愿报名并",
    ]
    lines += ["被选拔出来，承担冲击峰顶", "的重任，他们把测量推进到", "了前所未有的高度。"]
    (article,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text[:9] for b in article.body] == ["五月的一天，在海拔", "在不少人看来，“8", "当时，两名队员自愿"]
    # (nor over a line that opens an item of its own: a list of contents, 中国粮食安全成就 / （一）粮食产量稳步增长)
    from banmian.model import Line
    from banmian.reconstruct.reflow import _column_widths, _features, _pushed_first_line

    def pushed(first: str, nxt: str, blank: bool = False, blanks: bool = True) -> bool:
        above = [ln for p in RAIL for ln in (block(p) if blanks else wrap(p, 10))]
        below = [ln for p in SPACE for ln in (block(p) if blanks else wrap(p, 10))]
        pl, _ = _features([Line(t) for t in [*above, first, *([""] if blank else []), nxt, *below]])
        _column_widths(pl)
        return _pushed_first_line(pl, next(i for i, q in enumerate(pl) if q.text == first))

    assert pushed("粮食安全的成就", "“粮食产量”稳步增长")  # (an opening quote and its character: 2 cells)
    assert not pushed("粮食安全的成就", "（一）粮食产量稳步增")
    assert not pushed("粮食安全的成就", "一、粮食产量稳步增长")
    assert pushed("军机、客机、货", "机……各种机型紧急降")  # (货机 broken: 机 goes down with the marks after it)
    assert not pushed("军机、客机、货", "机各种机型紧急降落。")  # (one cell would have fitted)
    assert not pushed("粮食安全的成就", "“粮食产量”稳步增长", blank=True)  # (a blank under it)
    assert not pushed("粮食安全的成就", "“粮食产量”稳步增长", blanks=False)  # (no blank lines set paragraphs apart)
    # (there, only before a figure or a Latin word that did not fit, under a character, and not before a date)
    assert pushed("粮食安全的成就", "13001万吨，稳步增长", blanks=False)
    assert pushed("粮食安全的成就", "CPI上涨，粮价稳步增", blanks=False)
    assert not pushed("粮食安全（一）", "13001万吨，稳步增长", blanks=False)
    assert not pushed("军机、客机、货", "机……各种机型紧急降", blanks=False)
    assert not pushed("粮食安全的成就", "(CPI)上涨，粮价稳", blanks=False)
    assert not pushed("粮食安全的成就", "2019年，稳步增长。", blanks=False)
    assert not pushed("粮食安全的成就", "13万吨，稳步增长。", blanks=False)  # (13 would have fitted)
    assert not pushed("粮食安全成就。", "“粮食产量”稳步增长")  # (a sentence ended: a paragraph's last line)
    assert not pushed("我国粮食安全的成就", "“粮食产量”稳步增长")  # (a first line at its full measure)
    assert not pushed("粮食安全的成就", "“粮食产量”")  # (nor over a short line)


def test_a_short_line_ending_on_a_colon_under_a_finished_line_ends_its_paragraph():
    # …的署名文章。 / 文章如下：: right under a full line that ended a sentence, no blank between, where blank lines set
    # paragraphs apart (pdfminer), the short line leading in to what follows is the paragraph's last line (on the
    # pdfminer-style development and check folders 7 such lines in 8); a name and a colon leads in to a heading instead
    from banmian.model import Line
    from banmian.reconstruct.reflow import _colon_line_goes_on, _column_widths, _features

    def block(p):
        return [*wrap(p, 12), ""]

    intro = ["缅甸多家媒体同日发表题为", "《续写千年胞波情谊》的署", "名文章，介绍两国交往史。", "文章如下："]
    rail, space = [ln for p in RAIL for ln in block(p)], [ln for p in SPACE for ln in block(p)]
    (article,) = banmian.parse_text("\n".join(["中缅友好交往", "", *rail, *intro, "", *space])).articles
    assert [b.text for b in article.body] == [*RAIL, "".join(intro), *SPACE]

    def goes_on(last_lines: list[str], colon: str, blank: bool = False, blanks: bool = True) -> bool:
        above = [ln for p in RAIL for ln in (block(p) if blanks else wrap(p, 12))]
        pl, _ = _features([Line(t) for t in [*above, *last_lines, *([""] if blank else []), colon, *block(SPACE[0])]])
        _column_widths(pl)
        i = next(k for k, q in enumerate(pl) if q.text == colon)
        return _colon_line_goes_on(pl, i, pl[i - 1])

    assert goes_on(intro[:3], "文章如下：")
    assert not goes_on(intro[:3], "冯胜明：")  # (a name: the lead-in of a heading under it)
    assert not goes_on(intro[:3], "文章如下：", blank=True)
    assert not goes_on(intro[:3], "文章如下：", blanks=False)  # (no blank lines set paragraphs apart)
    assert not goes_on(intro[:3], "文章如下")  # (no colon)
    assert not goes_on(intro[:2], "文章如下：")  # (the line above ended no sentence)
    assert not goes_on([*intro[:2], "名文章。"], "文章如下：")  # (the line above is short: its paragraph ended)
    assert not goes_on(intro[:3], "缅甸多家媒体发表文章如下：")  # (a line at the first-line measure)


def _unit(kind: str, text: str):
    from banmian.model import Line
    from banmian.reconstruct.reflow import PLine, Unit

    return Unit(kind, [PLine(text, text_width(text), False, Line(text))])


def test_a_heading_line_leaving_a_quotation_open_for_the_paragraph_below_to_close_opens_that_paragraph():
    # “我的臂章上标注着我会的语 / 种法语，方便外国运动员识别。”…: a paragraph's first line, set apart by a column's
    # jump or as wide as the column, read as a heading; a headline never leaves a quotation open for the body to close
    # (on the development folders 51 of 52 such lines are body text)
    from banmian.reconstruct.reflow import _open_quotes_run_on

    body = _unit("paragraph", "精通5种外语的“蓝臂章”们，整天忙碌不停。")
    for first in ("“我的臂章上标注着我会的语", "她说，“我的臂章上标注着我会的语"):
        rest = "种法语，方便外国运动员识别。”民警胡迪说。"
        units = [body, _unit("heading", first), _unit("paragraph", rest)]
        assert [(u.kind, u.text) for u in _open_quotes_run_on(units)] == [
            ("paragraph", body.text),
            ("paragraph", first + rest),
        ]


@pytest.mark.parametrize(
    ("above", "line", "below"),
    [
        # the quotation marks a name, with no clause before it: a headline's (中央“不忘初心、 / 牢记使命”…)
        ("paragraph", "中央“不忘初心、", "牢记使命”主题教育领导小组印发通知。"),
        # under a byline the line opens an article's body: the heading there is what marks the article's start
        ("byline", "“不用记住名字，我们就", "是几个老兵！”"),
        # the paragraph below opens a quotation of its own first
        ("paragraph", "“我的臂章上标注着我会的语", "他说“种法语”方便识别。"),
    ],
)
def test_a_heading_line_with_an_open_quotation_stays_a_heading_where_the_cue_does_not_hold(above, line, below):
    from banmian.reconstruct.reflow import _open_quotes_run_on

    units = [_unit(above, "本报记者 王小明" if above == "byline" else "各级领导干部要带头强化制度意识。")]
    units += [_unit("heading", line), _unit("paragraph", below)]
    assert [u.kind for u in _open_quotes_run_on(units)] == [above, "heading", "paragraph"]


@pytest.mark.parametrize(
    ("lines", "kicker", "title"),
    [
        (["新春走基层·脱贫攻坚一线见闻", "青海黄南同仁县", "文化扶贫结硕果"], "青海黄南同仁县", "文化扶贫结硕果"),
        (["新春走基层·脱贫攻坚一线见闻", "西藏那曲罗玛镇", "养殖牦牛有奔头"], "西藏那曲罗玛镇", "养殖牦牛有奔头"),
        # (a kind of place a headline speaks of is no place's name: the title's own first line)
        (["确保群众喝上安全水、放心水", "黑龙江加强农村", "饮水工程疫情防控"], None, "黑龙江加强农村饮水工程疫情防控"),
    ],
)
def test_without_blank_lines_a_place_under_a_column_is_a_kicker_of_its_own(lines, kicker, title):
    # 新春走基层·脱贫攻坚一线见闻 / 青海黄南同仁县 / 文化扶贫结硕果: a line naming a county, town or village ends its box
    # under a column's name as it does as the headline's first line (on the raw development folders a box of such a
    # line alone ends there 10 times in 12); it had run on into the title
    from banmian.model import Article
    from banmian.reconstruct.assemble import _assign_head
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    units, _ = reflow(text_to_lines("\n".join(lines)))
    a = Article()
    _assign_head(a, units, [], blanks=False)
    assert a.title == title and a.kicker == (kicker or lines[0])


def test_a_heading_line_closing_the_bracket_the_paragraph_above_left_open_goes_on_in_it():
    # …联合发布。（新华社北京1月5日电 / 记者朱基钗）: a credit broken at the column's edge, its rest read as a heading line
    # (on the development folders 9 times in 9 such lines are the bracket's rest; and 2 in 2 such paragraphs); a
    # quotation left open over a heading
    # is as often a kicker read as a paragraph over its title, and stays apart
    from banmian.reconstruct.reflow import _open_quotes_run_on

    credit = [_unit("paragraph", "两部门近日联合发布实施意见。（新华社北京1月5日电"), _unit("heading", "记者朱基钗）")]
    assert [(u.kind, u.text) for u in _open_quotes_run_on(credit)] == [
        ("paragraph", "两部门近日联合发布实施意见。（新华社北京1月5日电记者朱基钗）")
    ]
    kicker = [_unit("paragraph", "武汉市洪山区珞南街道洪珞社区“拉网排查，"), _unit("heading", "分秒必争，我不能退”")]
    assert [u.kind for u in _open_quotes_run_on(kicker)] == ["paragraph", "heading"]
    dateline = [_unit("paragraph", "本报讯 （记者 孔纯"), _unit("paragraph", "菊）2月15日，中国队在比赛中。")]
    assert [u.text for u in _open_quotes_run_on(dateline)] == ["本报讯 （记者 孔纯菊）2月15日，中国队在比赛中。"]
    unclosed = [
        _unit("paragraph", "两部门近日联合发布实施意见。（新华社北京1月5日电"),
        _unit("heading", "春耕备耕有序推进"),
    ]
    assert [u.kind for u in _open_quotes_run_on(unclosed)] == ["paragraph", "heading"]


def test_a_line_opening_on_the_next_item_number_opens_a_paragraph():
    # 27600亿元，与预算持平。 / 2.中央一般公共预算。…: a numbered item starts a line in print; without a short line or a
    # blank to end the item above, the next one ran on into it (on the development folders such lines open a
    # paragraph 107 times in 112)
    from banmian.reconstruct.reflow import Unit, _numbered_items_apart

    def para(*texts):
        return Unit("paragraph", [_unit("paragraph", t).lines[0] for t in texts])

    items = para("1.全国一般公共预算。收入", "十八万亿元，与预算持平。", "2.中央一般公共预算。收入", "八万亿元。")
    assert [u.text for u in _numbered_items_apart([items])] == [
        "1.全国一般公共预算。收入十八万亿元，与预算持平。",
        "2.中央一般公共预算。收入八万亿元。",
    ]
    # the sequence carries across units, in its own form: （二） goes on from （一） in the paragraph above
    first, second = para("（一）粮食产量稳步增长。"), para("全国粮食总产量连续多年稳定。", "（二）谷物供应基本自给。")
    assert [u.text for u in _numbered_items_apart([first, second])] == [
        "（一）粮食产量稳步增长。",
        "全国粮食总产量连续多年稳定。",
        "（二）谷物供应基本自给。",
    ]
    # a figure, a number out of sequence, or one in another form goes on
    for rest in ("2.5%的增长来自消费。", "3.地方一般公共预算。", "（2）地方一般公共预算。"):
        unit = para("1.全国一般公共预算。收入", rest)
        assert len(_numbered_items_apart([unit])) == 1


_RESETTLED = [
    "易地扶贫搬迁是打赢脱贫攻坚战的",
    "关键举措，靖西市坚持把搬迁群众",
    "的后续发展摆在突出位置，多措并",
    "举确保贫困群众搬得出、能致富。",
    "截至1月15日，靖西市搬迁安置",
    "点已经建成安置房三十多栋，入住",
    "群众四千多人，配套建设了学校、",
    "医院和就业车间，群众生活便利。",
]


def test_a_first_line_with_figures_a_cell_and_a_half_short_under_a_finished_sentence_opens_a_paragraph():
    # …能致富。 / 截至1月15日，靖西市搬迁安置 / 点已经建成…: the first line lost its two-cell indent, but its figures,
    # measured at half a cell each, leave it a cell and a half short; the line-break model ran it on (on the
    # development folders such lines open a paragraph 53 times in 57)
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import reflow

    assert text_width(_RESETTLED[4]) == text_width(_RESETTLED[3]) - 1.5
    units, _ = reflow(text_to_lines("\n".join(_RESETTLED)))
    assert [u.text for u in units] == ["".join(_RESETTLED[:4]), "".join(_RESETTLED[4:])]


def test_a_first_line_with_figures_a_cell_short_on_a_hung_comma_opens_a_paragraph():
    # …能致富。 / 2月2日16时34分，历经23小时、 / 横跨粤湘鄂三省…: two cells of indent lost, a pause hung past the edge,
    # figures measured at half a cell: a cell short, which the rules for hung first lines leave to the model when a
    # line holds figures (on the development folders 79 such lines open a paragraph, 4 run on)
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import reflow

    lines = _RESETTLED[:4] + ["2月2日16时34分，历经23小时、", "横跨粤湘鄂三省行程一千多公里，"] + _RESETTLED[6:]
    assert text_width(lines[4]) == text_width(lines[3]) - 1
    units, _ = reflow(text_to_lines("\n".join(lines)))
    assert [u.text for u in units] == ["".join(lines[:4]), "".join(lines[4:])]


def _figures_first_line(line: str, below: str) -> bool:
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _column_widths, _features, _first_line_with_figures

    pl, _ = _features(text_to_lines("\n".join(_RESETTLED[:4] + [line, below] + _RESETTLED[6:])))
    _column_widths(pl)
    return _first_line_with_figures(pl, 4)


@pytest.mark.parametrize(
    "line, below",
    [
        ("截至1月15日，靖西市搬迁安置", "点已经建成安置房三十多"),  # the line below stops short of the column
        ("2月14日下午，首批煲仔饭机器", "人已运抵湖北省国资学院的临时病"),  # a word across the break (机器人)
        ("截至1月15日。靖西市搬迁安置", "点已经建成安置房三十多栋，入住"),  # a sentence ends in it
        ("截至1月15日，AB市搬迁安置点", "已经建成安置房三十多栋，入住群"),  # a Latin word: measured too roughly
        ("截至11月15日，靖西市搬迁安置", "点已经建成安置房三十多栋，入住"),  # a cell short: a line inside a paragraph
        ("2月2日16时34分， 历经23小时、", "横跨粤湘鄂三省行程一千多公里，"),  # a cell short on a pause, with a space
        ("全国共有30个省（市、自治区、", "横跨粤湘鄂三省行程一千多公里，"),  # … inside a bracket
        ("二月二日十六时，历经二十三、", "横跨粤湘鄂三省行程一千多公里，"),  # … without figures (the rules' case)
    ],
)
def test_a_short_line_with_figures_is_no_first_line_where_the_cue_does_not_hold(line, below):
    assert _figures_first_line(_RESETTLED[4], _RESETTLED[5])
    assert _figures_first_line("2月2日16时34分，历经23小时、", "横跨粤湘鄂三省行程一千多公里，")
    assert not _figures_first_line(line, below)


def _column_of(text: str, first: int, width: int) -> list[str]:
    lines = [text[:first]]
    text = text[first:]
    while text:
        lines.append(text[:width])
        text = text[width:]
    return lines


_FARMING = _column_of(
    "春耕时节各地农民抓紧时间备耕备播，田间地头一派繁忙景象，农机手们忙着检修机械，农技人员深入田间开展技术指导帮助"
    "农民解决生产中的难题。",
    12,
    14,
) + _column_of(
    "今年当地推广优良新品种，种植面积比去年扩大了一倍多，农民收入有了明显提高，大家干劲十足，对新一年的收成充满信心。",
    12,
    14,
)


def test_a_paragraph_going_on_wider_than_its_column_under_a_full_first_line_stays_one_paragraph():
    # 古劳水乡风景秀丽，河网密布， / 鱼塘星罗棋布，构成了一幅幅如诗如画的 / …: a caption's lines across a photo, wider than
    # the column measured from the body above, had been read as a headline across columns (on the development folders
    # 102 of 103 such second lines, with no blank line and under a first line that closes nothing, go on)
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import reflow

    caption = [
        "古劳水乡风景秀丽，河网密布，",
        "鱼塘星罗棋布，构成了一幅幅如诗如画的",
        "美景，吸引了众多游客前来观光游览。",
    ]
    units, _ = reflow(text_to_lines("\n".join(_FARMING + caption)))
    assert [(u.kind, u.text) for u in units][-1] == ("paragraph", "".join(caption))


@pytest.mark.parametrize(
    "first, second, blank",
    [
        ("古劳水乡风景秀丽，河网密布，", "鱼塘星罗棋布，构成了一幅幅如诗如画的", False),
        ("古劳水乡风景秀丽，河网密布，", "鱼塘星罗棋布，构成了一幅幅如诗如画的", True),  # a blank sets it apart
        (
            "（记者王浩、刘毅、李红梅、赵亚辉）",
            "美国关于新冠肺炎疫情的涉华谎言与事实",
            False,
        ),  # reporters close the body
        ("版式设计：蔡华伟 杨 柳 张丹峰", "歙砚：坚润藏锋芒 刀刻写匠心纪录片开播", False),  # so does a credit
        ("本报记者徐驭尧、焦宏涛摄影报道", "中共中央印发《基层组织工作条例》全文", False),
        ("习近平对新型冠状病毒感染的肺", "炎疫情作出重要指示强调要把人民群众", False),  # a headline's lines: no clause
        ("古劳水乡风景，", "鱼塘星罗棋布，构成了一幅幅如诗如画的", False),  # a short line: not a paragraph's first
    ],
)
def test_a_wider_second_line_goes_on_only_under_a_first_line_that_closes_nothing(first, second, blank):
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _column_widths, _features, _wider_second_line

    pl, _ = _features(text_to_lines("\n".join(_FARMING + [first] + ([""] if blank else []) + [second])))
    _column_widths(pl)
    last, p = pl[-2], pl[-1]
    assert p.wide()
    expected = first.startswith("古劳水乡风景秀丽") and not blank
    assert _wider_second_line(last, p) == expected


@pytest.mark.parametrize(
    ("lines", "kicker", "title"),
    [
        (["江苏省徐州市铜山区乡村游火了", "好风景变成好“产品”"], "江苏省徐州市铜山区乡村游火了", "好风景变成好“产品”"),
        # (了 after a verb that takes what follows: the headline goes on)
        (["鸥鸟有了", "饲养员"], None, "鸥鸟有了饲养员"),
        (["敬老院来了", "“亲闺女”"], None, "敬老院来了“亲闺女”"),
        # (nor when the line below opens on a bound character: an idiom broken, 一禁了之)
        (["“小菜摊”不应一禁了", "之（生活漫步）"], None, "“小菜摊”不应一禁了之（生活漫步）"),
    ],
)
def test_without_blank_lines_a_headline_line_closing_its_clause_on_le_ends_its_box(lines, kicker, title):
    # 江苏省徐州市铜山区乡村游火了 / 好风景变成好“产品”: a kicker that closes its clause on the particle 了 had been run into
    # its title (on the raw development folders such a line is a box's end 7 times in 7 where the box model read on)
    from banmian.model import Article
    from banmian.reconstruct.assemble import _assign_head
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    units, _ = reflow(text_to_lines("\n".join(lines)))
    a = Article()
    _assign_head(a, units, [], blanks=False)
    assert (a.kicker, a.title) == (kicker, title)


@pytest.mark.parametrize(
    ("line", "below", "joined"),
    [
        ("借助丰厚的文化资源和", "庞大的客流量，北京市属公园的文创之路走出了自己的特色。", True),
        ("我很认同两位作家", "的戏曲观念，一位是汪曾祺先生，一位是毕飞宇。", True),
        ("主动上门、现场办公、驻点服务", "等方式，及时解决外贸企业生产经营中面临的困难。", True),
        # (在 a verb, 地 inside a word broken at the edge: no cue)
        ("只要有需要，我会一直在", "“妈妈加油，您现在也是奋战在一线的战士啦！”", False),
        ("甘肃民勤因地制宜、适", "地适树、以水定林，风沙线上筑起了绿色长城。", False),
        # (a headline over the paragraph: neither a word opening a phrase above nor one closing it below)
        ("坚持两手抓，帮助企业渡难关", "2月2日，庄镜发给杨二观打来越洋电话。", False),
    ],
)
def test_a_heading_line_ending_on_a_phrase_left_open_is_the_paragraph_below_first_line(line, below, joined):
    # …借助丰厚的文化资源和 / 庞大的客流量，…: no headline ends on a conjunction or a preposition before its object, and no
    # paragraph opens on 的 or 等; such a heading line is the first line of the paragraph below (on the development
    # folders 38 of 39 such lines are body text)
    from banmian.reconstruct.reflow import Unit, _open_quotes_run_on

    above = _unit("paragraph", "春节前夕，记者来到北京市属公园采访。")
    heading, paragraph = _unit("heading", line), Unit("paragraph", [_unit("paragraph", below).lines[0]])
    out = _open_quotes_run_on([above, heading, paragraph])
    if joined:
        assert [(u.kind, u.text) for u in out] == [("paragraph", above.text), ("paragraph", line + below)]
    else:
        assert [u.kind for u in out] == ["paragraph", "heading", "paragraph"]


_WIDER_COLUMN = [
    "大年二十九到初四，钟燕连续六",
    "天没有休息。作为四川成都市金牛区",
    "营门口街道长庆路社区书记，这个春",
    "节，她和同事们放弃休假，带领社区",
    "疫情应急服务队走遍了辖区每一户人",
    "家，完成了社区疫情防控入户调查。",
    "在这场防控疫情的严峻斗争中，全市",
    "各级党组织和广大党员干部将人民利益放",
    "在第一位，不忘初心、牢记使命，全面贯",
    "彻坚定信心、同舟共济、科学防治、精准",
    "施策的要求，让党旗在防控疫情斗争第一",
    "线高高飘扬。",
]


def test_a_first_line_two_cells_narrower_than_the_line_under_it_opens_a_paragraph_in_a_wider_column():
    # a paragraph of a 16-cell column, then one of an 18-cell column: its first line, two cells in, is as wide as
    # the column above, and the page's running measure, lagging, read it as full and ran it on
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import reflow

    assert text_width(_WIDER_COLUMN[6]) == text_width(_WIDER_COLUMN[5]) == text_width(_WIDER_COLUMN[7]) - 2
    units, _ = reflow(text_to_lines("\n".join(_WIDER_COLUMN)))
    assert [u.text for u in units] == ["".join(_WIDER_COLUMN[:6]), "".join(_WIDER_COLUMN[6:])]


def _under_wider(line: str, below: str, blank: bool = False) -> bool:
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _column_widths, _features, _first_line_under_wider

    lines = _WIDER_COLUMN[:6] + ([""] if blank else []) + [line, below] + _WIDER_COLUMN[8:]
    pl, _ = _features(text_to_lines("\n".join(lines)))
    _column_widths(pl)
    return _first_line_under_wider(pl, 6)


@pytest.mark.parametrize(
    "line, below",
    [
        ("在这场防控疫情的严峻斗争中，全市", "各级党组织和广大党员干部将人民利"),  # the line below one cell wider
        ("在这场防控疫情的严峻斗争中，全市", "各级党组织和广大党员干部将人民利益，"),  # … and a mark hung past it
        ("在这场防控疫情的严峻斗争中，全市", "各级党组织和广大党员干部将人民利益放在第"),  # three cells wider
        ("“在这场防控疫情的严峻斗争中，全", "各级党组织和广大党员干部将人民利益放"),  # opening on a mark
        ("在这场防控疫情的严峻斗争中全市：", "各级党组织和广大党员干部将人民利益放"),  # ending on a colon
        ("在这场防控疫情的严峻斗争中，全市的", "各级党组织和广大党员干部将人民利益放在"),  # ending on a particle
        ("在这场防控疫情的严峻斗争中，全市", "的各级党组织和广大党员干部将人民利益"),  # the line below opens on one
        ("在这场防控疫情的严峻斗争中，全市", "各级党组织和广大党员干部将人民利益AB"),  # Latin letters below
        ("在这场防控疫情的严峻斗争中，AB市", "各级党组织和广大党员干部将人民利益放"),  # Latin letters in it
        ("在防控疫情的严峻斗争中，成都市各", "级党组织和广大党员干部将人民利益放在"),  # a word across (各级)
    ],
)
def test_a_line_narrower_than_the_line_under_it_is_no_first_line_where_the_cue_does_not_hold(line, below):
    assert _under_wider(_WIDER_COLUMN[6], _WIDER_COLUMN[7])
    assert not _under_wider(line, below)


def test_a_line_narrower_than_the_line_under_it_after_a_blank_is_left_to_the_other_cues():
    assert not _under_wider(_WIDER_COLUMN[6], _WIDER_COLUMN[7], blank=True)


_UNDER_LEAD = [
    "推进纪检监察体制改革，是事关全局",
    "的重大政治改革，各地认真落实中央",
    "部署，取得了明显成效。",
    "",
    "深化派驻机构改革，发挥派出的权威",
    "驻的优势，推动监督全覆盖见到实效",
    "",
    "按照中央纪委国家监委统一部署",
    "各级纪委监委对派驻机构进行了调整",
    "工作取得新的进展。",
]


def test_a_first_line_after_a_blank_under_a_line_with_no_stop_opens_a_paragraph():
    # a lead set in the body's size, full lines with no stop, then a blank and a line two cells short with the text
    # going on under it: that line is a paragraph's first (a column's jump inside a paragraph goes on in a full
    # line), though no comma in it says so
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import reflow

    units, _ = reflow(text_to_lines("\n".join(_UNDER_LEAD)))
    assert [u.text for u in units][1:] == ["".join(_UNDER_LEAD[4:6]), "".join(_UNDER_LEAD[7:])]


def _after_unfinished(last: str, line: str, below: str, blank: bool = True) -> bool:
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _column_widths, _features, _first_line_after_unfinished

    lines = _UNDER_LEAD[:5] + [last] + ([""] if blank else []) + [line, below] + _UNDER_LEAD[9:]
    pl, _ = _features(text_to_lines("\n".join(lines)))
    _column_widths(pl)
    return _first_line_after_unfinished(pl, 5)  # (a blank line is no line of ``pl``)


@pytest.mark.parametrize(
    "last, line, below",
    [
        ("驻的优势", "按照中央纪委国家监委统一部署", "各级纪委监委对派驻机构进行了调整"),  # the line above short
        ("驻的优势，推动监督全覆盖见到实效", "按照中央纪委国家监委统一部署各级", "纪委监委对派驻机构进行了调整工作"),
        ("驻的优势，推动监督全覆盖见到实效", "按照中央纪委国家监委统一", "部署各级纪委监委对派驻机构进行了"),
        ("驻的优势，推动监督全覆盖见到实效", "按照中央纪委国家监委统一部署", "各级纪委监委对派驻机构进行"),
        ("驻的优势，推动监督全覆盖见到实：", "按照中央纪委国家监委统一部署", "各级纪委监委对派驻机构进行了调整"),
        ("驻的优势，推动监督全覆盖见到的", "按照中央纪委国家监委统一部署", "各级纪委监委对派驻机构进行了调整"),
        ("驻的优势，推动监督全覆盖见到实效", "按照中央纪委国家监委统一部。", "各级纪委监委对派驻机构进行了调整"),
        ("驻的优势，推动监督全覆盖见到实效", "按照中央纪委国家监委统一部：", "各级纪委监委对派驻机构进行了调整"),
        ("驻的优势，推动监督全覆盖见到实效", "的中央纪委国家监委统一部署", "各级纪委监委对派驻机构进行了调整"),
        ("驻的优势，推动监督全覆盖见到实效", "按照中央纪委AB监委统一部署", "各级纪委监委对派驻机构进行了调整"),
        ("驻的优势，推动监督全覆盖见到实效", "按照中央纪委国家监委统一部署", "（各级纪委监委对派驻机构进行调整"),
        ("驻的优势，推动“监督全覆盖见到实效", "按照中央纪委国家监委统一部署", "各级纪委监委对派驻机构进行了调整"),
        ("驻的优势，推动监督全覆盖见到实效", "果中央纪委国家监委统一部署", "各级纪委监委对派驻机构进行了调整"),
    ],
)
def test_a_short_line_after_a_blank_is_left_to_the_other_cues_where_the_cue_does_not_hold(last, line, below):
    assert _after_unfinished(_UNDER_LEAD[5], _UNDER_LEAD[7], _UNDER_LEAD[8])
    assert _after_unfinished(_UNDER_LEAD[5], "2019年中央纪委国家监委统一部", _UNDER_LEAD[8])  # (figures opening it)
    assert not _after_unfinished(last, line, below)


def test_a_short_line_with_no_blank_over_it_is_left_to_the_other_cues():
    assert not _after_unfinished(_UNDER_LEAD[5], _UNDER_LEAD[7], _UNDER_LEAD[8], blank=False)


def test_a_short_line_after_a_blank_with_a_blank_under_it_too_is_left_to_the_other_cues():
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _column_widths, _features, _first_line_after_unfinished

    lines = _UNDER_LEAD[:8] + [""] + _UNDER_LEAD[8:]
    pl, _ = _features(text_to_lines("\n".join(lines)))
    _column_widths(pl)
    assert pl[5].text == _UNDER_LEAD[7] and not _first_line_after_unfinished(pl, 5)


_YEAR_FIRST = [
    "推进纪检监察体制改革，是事关全局",
    "的重大政治改革，各地认真落实中央",
    "部署，取得了明显成效。",
    "培育和践行社会主义核心价值观",
    "2013年12月11日，中共中央办公",
    "厅印发《关于培育和践行社会主义核",
    "心价值观的意见》，对此作出部署。",
]


def _shaped_first(line: str) -> bool:
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _column_widths, _features, _first_line_shaped

    pl, _ = _features(text_to_lines("\n".join(_YEAR_FIRST[:4] + [line] + _YEAR_FIRST[5:])))
    _column_widths(pl)
    return _first_line_shaped(pl, 4)


def test_a_first_line_opening_on_figures_is_first_line_shaped_within_the_measure_of_its_figures():
    # 培育和践行社会主义核心价值观 / 2013年12月11日，中共中央办公 / 厅印发…: a subhead over a first line that opens on a
    # date, its figures measured at half a cell (two cells short here, a cell either way elsewhere): the subhead ends
    # its unit there (on the development folders 5 pages read better, none worse)
    assert _shaped_first(_YEAR_FIRST[4])
    assert _shaped_first("2013年12月11日，中共中央办")  # (a cell more short: the figures' measure)


@pytest.mark.parametrize(
    "line",
    [
        "中共中央2013年12月11日，办",  # figures inside the line
        "2013年12月11日，中共AB办公",  # a Latin word
        "2013年12月11日，中共中",  # five cells short
        "2013年12月11日，中共中央办公厅",  # a cell short
    ],
)
def test_a_line_with_figures_is_no_first_line_shape_where_they_do_not_open_it(line):
    assert not _shaped_first(line)


_DATE_FIRST = [
    "火神山医院是武汉的应急医院，",
    "采用了前沿装配式的建筑技术，",
    "比“小汤山”医院更先进更安全",
    "1月24日，除夕夜，上百台",
    "挖掘机开始土地平整；二十五日，",
    "大年初一，完成大部分地面平整。",
]


def test_a_line_opening_on_a_date_short_under_a_full_line_is_left_to_the_loop():
    # …更先进更安全 / 1月24日，除夕夜，上百台 / 挖掘机…: a full line with no stop, then a line opening on a date and
    # short by its lost indent (its figures measured at half a cell): ``_runs_on`` no longer runs it on unasked,
    # and the line-break model opens a paragraph there
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import reflow

    units, _ = reflow(text_to_lines("\n".join(_DATE_FIRST)))
    assert [u.text for u in units] == ["".join(_DATE_FIRST[:3]), "".join(_DATE_FIRST[3:])]


@pytest.mark.parametrize(
    "line, below",
    [
        ("4天持续增长，船舶进出港数", "量出现回升迹象，快递业务量"),  # figures, but no date: a number pushed down
        ("在1月24日，除夕夜，上", "百台挖掘机开始土地平整；二十五"),  # a date, but not opening the line
    ],
)
def test_a_short_line_with_figures_under_a_full_line_runs_on_unless_it_opens_on_a_date(line, below):
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _column_widths, _features, _runs_on

    def runs_on(a: str, b: str) -> bool:
        pl, _ = _features(text_to_lines("\n".join(_DATE_FIRST[:3] + [a, b] + _DATE_FIRST[5:])))
        _column_widths(pl)
        return _runs_on(pl)[3]

    assert not runs_on(_DATE_FIRST[3], _DATE_FIRST[4])
    assert runs_on(line, below)


@pytest.mark.parametrize("line", ["截至1月24日，除夕夜，上百", "24日，除夕夜，上百台挖", "从1月24日起，除夕夜，上"])
def test_a_line_opening_on_a_date_after_a_word_or_on_a_day_is_left_to_the_loop_too(line):
    # 截至 2020年 4月 29日，…, 从1月10日至…, 27日，财政部…: a date after 截至, 从, 自, 在 or 于, or a day alone before a comma
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _column_widths, _features, _runs_on

    pl, _ = _features(text_to_lines("\n".join(_DATE_FIRST[:3] + [line] + _DATE_FIRST[4:])))
    _column_widths(pl)
    assert not _runs_on(pl)[3]


# a feature's sections, each a two-phrase subhead over a ——lead set as a paragraph of the body's 16-cell column
_SECTIONS = [
    "永葆初心本色",
    "",
    "——主题教育全纪实",
    "",
    "本报讯 （记者武思）不忘初心，",
    "牢记使命，是加强党的建设的永恒课",
    "题，也是全体党员干部的终身课题。",
    "",
    "从初夏到冬日，全党上下深入开",
    "展主题教育，推动各项工作取得新进",
    "展，党员干部受到深刻教育和洗礼。",
    "",
    "以上率下 率先垂范",
    "",
    "——中央高瞻远瞩精心谋划精准",
    "指导，推动主题教育在全党上下有序",
    "展开、步步深入，取得了扎实的成效",
    "和明显的进展",
    "",
    "中央政治局同志带头学习，带头",
    "调研指导，带头讲专题党课，有力示",
    "范带动了主题教育的深入开展。",
    "",
    "从严从实 成效显著",
    "",
    "——主题教育对准目标、有力推",
    "进，在各方面取得扎实成效，展开了",
    "一次党的自我革命的深刻实践",
    "",
    "主题教育开展以来，广大党员干",
    "部在学习中提高认识，在实践中经受",
    "锻炼，取得了新的成绩和进步。",
    "",
    "初心永挚 照亮前路",
    "",
    "——循着主题教育的深刻启示，",
    "中国共产党人将永葆赤子之心和奋斗",
    "精神，在新时代的赶考中交出更加优",
    "异的答卷",
    "",
    "天下之势不盛则衰，天下之治不",
    "进则退，唯有奋斗才能赢得未来。",
    "",
]
_LEAD = _SECTIONS.index("——主题教育对准目标、有力推")


def test_a_dash_lead_set_as_a_paragraph_of_the_column_is_body_text_under_a_subhead():
    # three lines shaped as the column's paragraphs (two cells short, full, short) under a subhead: the section's
    # lead, not a ——subtitle under a title, which is set in its headline's own measure
    page = banmian.parse_text("\n".join(_SECTIONS))
    assert len(page.articles) == 1
    body = page.articles[0].body
    assert [b.text for b in body if b.type == "subhead"] == [
        "以上率下 率先垂范",
        "从严从实 成效显著",
        "初心永挚 照亮前路",
    ]
    assert "".join(_SECTIONS[_LEAD : _LEAD + 3]) in [b.text for b in body if b.type == "paragraph"]


def _dash_lead_kinds(lead: list[str]) -> list[str]:
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import reflow

    lines = _SECTIONS[:_LEAD] + lead + _SECTIONS[_LEAD + 3 :]
    units, _ = reflow(text_to_lines("\n".join(lines)))
    return [u.kind for u in units if any(ln.text in lead for ln in u.lines)]


@pytest.mark.parametrize(
    "lead",
    [
        [
            "——主题教育对准目标、有力推进",
            "，在各方面取得扎实成效，展开了",
            "一次党的自我革命的深刻实践",
        ],  # a cell short
        ["——主题教育对准目标、有力推", "进，在各方面取得扎实成效，展", "开了一次自我革命的深刻实践"],  # middle short
        [
            "——主题教育对准目标、有力推",
            "进，在各方面取得扎实成效，展开了",
            "一次党的自我革命的深刻实践和探",
        ],  # last full
        ["——主题教育对准目标、有", "力推进，在各方面取得扎实成效，展", "开了一次自我革命的深刻实践"],  # three short
        ["——主题教育对准目标、有力推", "进，在各方面取得扎实成效"],  # two lines
    ],
)
def test_a_dash_block_not_shaped_as_the_columns_paragraphs_stays_a_subtitle(lead):
    assert _dash_lead_kinds(_SECTIONS[_LEAD : _LEAD + 3]) == ["paragraph"]
    assert set(_dash_lead_kinds(lead)) == {"heading"}


def test_two_lines_opening_on_a_dash_are_never_read_as_set_in_the_column():
    # a ——subtitle of two lines, its first two cells short of the body's column, its second short
    # (——造谣中伤“中国抗 / 疫”有悖国际正义（二）): two lines tell nothing of a paragraph's shape
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _column_widths, _features, _set_in_the_column
    from banmian.reconstruct.unit import Unit

    def lead(n: int, lines: list[str]) -> Unit:
        pl, _ = _features(text_to_lines("\n".join(_SECTIONS[:_LEAD] + lines + _SECTIONS[_LEAD + 3 :])))
        _column_widths(pl)
        k = next(i for i, p in enumerate(pl) if p.text == lines[0])
        return Unit("paragraph", pl[k : k + n])

    assert _set_in_the_column(lead(3, _SECTIONS[_LEAD : _LEAD + 3]))
    assert not _set_in_the_column(lead(2, ["——主题教育对准目标、有力推", "进，在各方面取得扎实成效"]))


_SHORT_LAST = ["——主题教育对准目标、有力推", "进，在各方面取得扎实成效，展开了", "一次自我革命的深刻实践"]


def _dash_block_kinds(block: list[str], below: list[str]) -> list[str]:
    """The kinds of the units holding the block's lines (its dash lines: a source note under them opens a unit of its
    own, see ``reflow._NOTE_OPENS``)."""
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import reflow

    lines = _SECTIONS[:_LEAD] + block + below
    units, _ = reflow(text_to_lines("\n".join(lines)))
    dash = [t for t in block if not t.startswith("（")]
    return [u.kind for u in units if any(ln.text in dash for ln in u.lines)]


def test_heading_lines_opening_on_a_dash_set_as_a_paragraph_of_the_column_are_one_paragraph():
    # the line model read these as heading lines (the last line well short): their shape in the column says a
    # paragraph, the body going on under it
    assert _dash_block_kinds(_SHORT_LAST, _SECTIONS[_LEAD + 3 :]) == ["paragraph"]


@pytest.mark.parametrize(
    "block, below",
    [
        (_SHORT_LAST, _SECTIONS[_LEAD + 7 :]),  # a subhead under it, no paragraph
        (_SHORT_LAST[:2] + ["（本报记者 何勇整理）"], _SECTIONS[_LEAD + 3 :]),  # a source note its last line
        (_SHORT_LAST, ["", "（本报记者 林治波整理）", *_SECTIONS[_LEAD + 7 :]]),  # … or the paragraph under it
    ],
)
def test_dash_lines_in_the_columns_shape_stay_heading_lines_over_no_body_or_a_source_note(block, below):
    assert set(_dash_block_kinds(block, below)) == {"heading"}


# a raw page (no blank lines): a report whose headline is printed under its body, in three lines as full as the column
_HEAD_UNDER = [
    "本报杭州3月2日电 记者从",
    "市水利局获悉：今年以来，全",
    "市加快推进河道综合整治工程",
    "建设，已完成年度计划的三成。",
    "河道整治事关群众切身利",
    "益。今年，全市计划整治河道",
    "一百二十公里，新建生态护岸",
    "三十公里，改造提升沿河绿道",
    "五十公里，同步推进截污纳管",
    "和雨污分流，让河水更清、两",
    "岸更绿，市民出门就能亲水近",
    "水，共同守护这一江碧水清波。",
    "杭州河道综合整治工程建设",
    "已完成年度计划的三成以上",
    "进展顺利",
    "本版责编：李明",
]


def test_lines_ending_no_sentence_after_a_paragraphs_last_sentence_are_its_headline_printed_under_it():
    page = banmian.parse_text("\n".join(_HEAD_UNDER))
    assert [a.title for a in page.articles] == ["".join(_HEAD_UNDER[12:15])]
    assert page.articles[0].body[-1].text.endswith("共同守护这一江碧水清波。")


def _under_kinds(lines: list[str], tail: list[str]) -> list[str]:
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import reflow

    units, _ = reflow(text_to_lines("\n".join(lines)))
    return [u.kind for u in units if any(ln.text in tail for ln in u.lines)]


_TAIL = _HEAD_UNDER[12:15]


def test_two_unfinished_lines_after_a_paragraphs_last_sentence_are_heading_lines_too():
    lines = _HEAD_UNDER[:14] + _HEAD_UNDER[15:]
    assert _under_kinds(lines, _TAIL[:2]) == ["heading", "heading"]


@pytest.mark.parametrize(
    "lines, tail",
    [
        (_HEAD_UNDER[:13] + _TAIL[1:2] * 2 + _HEAD_UNDER[14:], _TAIL),  # four lines: the paragraph's own
        (_HEAD_UNDER[:15] + _HEAD_UNDER[:4], _TAIL),  # a paragraph under them
        (_HEAD_UNDER[:11] + ["水，共同守护这一江碧水清波"] + _HEAD_UNDER[12:], _TAIL),  # no sentence ended above them
        (_HEAD_UNDER[:14] + ["进展顺利。"] + _HEAD_UNDER[15:], _TAIL[:2]),  # the last ends a sentence
        (_HEAD_UNDER[:4] + [""] + _HEAD_UNDER[4:], _TAIL),  # a page with blank lines
    ],
)
def test_a_paragraphs_unfinished_tail_stays_in_it_where_the_cue_does_not_hold(lines, tail):
    assert set(_under_kinds(_HEAD_UNDER, _TAIL)) == {"heading"}
    assert _under_kinds(lines, tail) == ["paragraph"]


def _tail_split(above: list[str], below: list[str] | None, kind: str = "") -> list[tuple[str, str]]:
    # the reflow's last pass on a paragraph that ran a headline's lines in after its last sentence (text with no
    # blank lines), with a paragraph, a heading or nothing under it
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct.reflow import _features, _unfinished_tails_apart
    from banmian.reconstruct.unit import Unit

    pl, _ = _features(text_to_lines("\n".join(above + (below or []))))
    units = [Unit("paragraph", pl[: len(above)])]
    if below is not None:
        units.append(Unit(kind or ("paragraph" if len(below) > 1 else "heading"), pl[len(above) :]))
    return [(u.kind, u.text) for u in _unfinished_tails_apart(units)]


_RAN_ON = ["乘务员都喜欢到这里午睡，他们一定", "梦见那朵朵美丽的格桑花了吧？"]
_NEXT_BODY = ["茶园村，江南的一个普通村庄。", "据说这一带原来有一座茶园。"]


@pytest.mark.parametrize("tail", [["茶园村记"], ["吃野味会打开“潘多", "拉魔盒”（议政建言）"]])
def test_one_or_two_lines_of_a_headlines_length_over_a_paragraph_are_its_headline(tail):
    out = _tail_split(_RAN_ON + tail, _NEXT_BODY)
    assert out[0] == ("paragraph", "".join(_RAN_ON))
    assert out[1 : 1 + len(tail)] == [("heading", t) for t in tail]


@pytest.mark.parametrize(
    "tail",
    [
        ["茶园村记。"],  # a stop: the paragraph's last sentence
        ["村里很美。据说这一带"],  # a stop inside: a paragraph's next sentence
        ["茶园村的由来："],  # a clause left open for the paragraph under it
        ["（见图11）"],  # a note in brackets
        ["凭借人类同心同德之力，一定能", "够战胜一切病毒之患和困难"],  # longer than a headline
        ["茶园村", "春天里", "的故事"],  # three lines
    ],
)
def test_lines_over_a_paragraph_that_are_no_headline_stay_in_the_paragraph_above(tail):
    assert len(_tail_split(_RAN_ON + tail, _NEXT_BODY)) == 2


def test_a_headline_length_line_over_a_byline_stays_in_the_paragraph_above():
    assert len(_tail_split(_RAN_ON + ["茶园村记"], ["本报记者 王明"], kind="byline")) == 2


def test_lines_over_a_heading_or_the_pages_end_are_a_headline_unless_a_contact_or_a_notes_close():
    assert [k for k, _ in _tail_split(_RAN_ON + ["茶园村", "春天里的故事"], None)] == [
        "paragraph",
        "heading",
        "heading",
    ]
    assert [k for k, _ in _tail_split(_RAN_ON + ["茶园村春天里的故事"], None)] == ["paragraph", "heading"]
    assert len(_tail_split(_RAN_ON + ["电子邮箱：chayuan@126.com"], None)) == 1  # a column's contact line
    assert len(_tail_split(_RAN_ON + ["本报记者王明整理）"], None)) == 1  # the close of a note opened above
    assert len(_tail_split(_RAN_ON + ["茶园村", "春天", "里的", "故事"], ["本版责编"])) == 2


def test_a_source_note_run_in_after_the_last_sentence_is_a_paragraph_of_its_own():
    # 数据来源：… under a table's last paragraph, run into it: the source's own paragraph, never a headline
    out = _tail_split(_RAN_ON + ["数据来源：市水利局"], ["茶园村记"])
    assert out == [("paragraph", "".join(_RAN_ON)), ("paragraph", "数据来源：市水利局"), ("heading", "茶园村记")]
    # … of two lines at most: with a third under it, the lines are a headline's (the note over the title)
    out = _tail_split(_RAN_ON + ["数据来源：杭州市", "水利局", "茶园村记"], None)
    assert [k for k, _ in out] == ["paragraph", "heading", "heading", "heading"]


def test_a_continued_from_marker_under_a_photo_caption_opens_an_article_of_its_own():
    # a photo's caption and credit, then （上接第一版） and the text continued from page one (its headline printed
    # elsewhere on the page, or not at all): the continued text is never the photo item's
    caption = "10月28日，来自北京柳林少儿戏剧社的孩子们在参加第八届京剧票友大赛展演。此次大赛为京城票友提供交流的平台。"
    cont = [
        "开着一辆粤港澳三地牌照的私家车，上午11时多从澳门的家中出发，驶上港珠澳大桥，12时准时到达香港中环。",
        "这是不少大湾区居民的日常，跨境生活越来越方便，三地的联系也越来越紧密。",
    ]
    lines = [*_page_above(14), "", "有范儿", "", *wrap(caption, 14), "", "本报记者 贺勇摄", "", "（上接第一版）", ""]
    lines += [ln for p in cont for ln in [*wrap(p, 14), ""]]
    lines += [
        "广州南沙新区建设提速",
        "",
        *wrap("本报广州10月28日电 （记者李刚）南沙新区今年新开工项目一百二十个，总投资超过八百亿元。", 14),
    ]
    page = banmian.parse_text("\n".join(lines))
    photo = next(a for a in page.articles if a.title == "有范儿")
    assert all("港珠澳大桥" not in b.text for b in photo.body)
    (cont_article,) = [a for a in page.articles if any("港珠澳大桥" in b.text for b in a.body)]
    assert cont_article.continued_from is not None and cont_article.continued_from.page == 1
    assert cont_article.body[0].text.startswith("开着一辆")


def test_a_series_name_over_a_headline_is_a_box_of_its_own_without_blank_lines():
    # no blank lines: the box model reads 社区防控，我们在行动 / 河南洛阳 as one box when the body (here the next
    # report's text) echoes the name; a name that opens the page's other headlines too is the column, whatever
    # the echo — unless the line is a title's first half broken mid-word (习近平出席缅 / 甸总统…), printed twice
    from banmian.model import Article
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    body = [
        "“医生，你好！我是从武汉回来的，我现在需要到医院做相关检测吗？”河南洛阳的一名居民焦急地问。",
        "医院抽调13名医生，每天利用互联网医院的在线视频进行线上接诊，还为咨询者提供心理疏导。",
        "专家认为，在线问诊同时提供医学、心理方面的咨询，消除了恐慌，避免了交叉感染。",
        "“社区防控是一场硬仗，我们每个人都要行动起来。”随着更多基层社区行动起来，一张防护网正在织密。",
    ]

    def roles(head: list[str], series: str) -> tuple:
        units, _ = reflow(text_to_lines("\n".join([*head, *[ln for p in body for ln in wrap(p, 16)]])))
        a = Article()
        n = len(head)
        A._assign_head(a, units[:n], [], False, A._BodyPairs(units[n:]), series=frozenset({series}))
        return a.column, a.kicker, a.title

    head = ["社区防控，我们在行动", "河南洛阳", "在线视频问诊", "提供心理疏导"]
    assert roles(head, head[0]) == ("社区防控，我们在行动", "河南洛阳", "在线视频问诊提供心理疏导")
    head = ["习近平出席缅", "甸总统温敏举行的欢迎仪式"]
    assert roles(head, head[0])[0] is None


def _feature_with_leads(heads: list[list[str]], lead: list[str] | None = None, gap: bool = True, after=("",)) -> str:
    """A page of blank-separated paragraphs (pdfminer's), one section under each of ``heads`` (a subhead's lines),
    each opening on a bold lead set in the column (no stop at its end); ``gap``: a blank line between subhead and
    lead; ``after``: the lines between lead and the section's first paragraph."""
    para = "这一年，各地各部门认真贯彻落实中央决策部署，攻坚克难，各项工作取得新进展新成效。"
    lead = lead or LEAD
    lines = ["勇立潮头御风行", ""]
    for p in [para] * 2:
        lines += [*wrap(p, 16), ""]
    for head in heads:
        lines += [*head, *([""] if gap else []), *lead, *after]
        for p in [para] * 2:
            lines += [*wrap(p, 16), ""]
    return "\n".join(lines)


# (the first line two cells short of the column of 16, the second full, the last short; a word, 世界, across the blank
# line inside: a jump to the next column)
LEAD = ["这一年，我们统筹国内国际两个", "大局，积极参与全球治理，中国与世", "", "界更加紧密相连"]


def _lead_kinds(text: str) -> list[str]:
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    units, _ = reflow(text_to_lines(text))
    return [u.kind for u in units if u.text.startswith(("这一年，我们", "这一年我们"))]


def test_section_leads_set_in_the_column_under_their_subheads_are_paragraphs(monkeypatch):
    # 命运共同 / 这一年，统筹国内国际两个大 / 局，…中国与世 / 界更加紧密相连: a section's lead, set bold in the body's
    # column with no stop at its end, read as heading lines; sections come in sets, so two such leads on the page
    # make both paragraphs, and one alone (a title over its article's lead reads the same) stays as it was —
    # unless it stands under 核心阅读 (not taken for the second line of the title over it)
    two = [["命运共同"], ["彪炳史册"]]
    assert _lead_kinds(_feature_with_leads(two)) == ["paragraph", "paragraph"]
    assert _lead_kinds(_feature_with_leads([["命运共同", "时代担当"], ["彪炳史册", "雄健豪迈"]])) == ["paragraph"] * 2
    assert _lead_kinds(_feature_with_leads([["核心阅读"]])) == ["paragraph"]
    assert _lead_kinds(_feature_with_leads([["建言落到实处", "", "核心阅读"]])) == ["paragraph"]
    # (a lead alone, or under a title, is a paragraph set in the column too, read so by the pass after this one:
    # ``test_a_lead_set_in_the_body_column_under_its_title_opens_the_body``)
    alone = [["命运共同"]]
    titles = [["党的创新理论深入人心"], ["全面小康取得决定性成就"]]
    assert _lead_kinds(_feature_with_leads(alone)) == ["paragraph"]
    assert _lead_kinds(_feature_with_leads(titles)) == ["paragraph"] * 2
    from banmian.reconstruct import reflow as R

    monkeypatch.setattr(R, "_paragraphs_among_headings", lambda units: units)
    assert _lead_kinds(_feature_with_leads(alone)) == ["heading"]
    # (a heading of more than ten characters over it is a headline: a title over its lead)
    assert _lead_kinds(_feature_with_leads(titles)) == ["heading"] * 2


@pytest.mark.parametrize(
    "lead, gap, after",
    [
        (["这一年，我们统筹国内国际两个", "大局，积极参与全球治理"], True, ("",)),  # two lines say nothing of the shape
        (
            ["这一年，我们统筹国内国际两个大局", "积极参与全球治理，中国与世界更加", "紧密相连"],
            True,
            ("",),
        ),  # no indent
        (["这一年，我们统筹国内国际", "大局，积极参与全球治理，中国与世", "界更加紧密相连"], True, ("",)),  # 4 short
        (LEAD, True, ()),  # no blank line under it: its paragraph's first lines
        (
            ["这一年，我们统筹国内国际两个", "大局，积极参与", "全球治理，中国同世界相连"],
            True,
            ("",),
        ),  # a short middle line
        (
            ["这一年我们统筹国内国际两个大", "局积极参与全球治理中国与世界更", "加紧密相连"],
            True,
            ("",),
        ),  # no clause mark
        (
            ["这一年，我们统筹国内国际两个", "大局，积极参与全球治理，中国与世", "界更加紧密相连——"],
            True,
            ("",),
        ),  # a lead-in
        (LEAD, False, ("",)),  # no blank line under the subhead: the subhead's own lines
        (["这一年，我们统筹国内国际两个", "大局，积极参与全球治理，中国同", "", "各国更加紧密相连"], True, ("",)),
    ],
)
def test_what_is_no_section_lead(lead, gap, after, monkeypatch):
    # each condition of ``reflow._leads_in_the_column`` in turn: the lines stay headings (the pass after it, which
    # reads some of these shapes as paragraphs of their own, left out)
    from banmian.reconstruct import reflow as R

    monkeypatch.setattr(R, "_paragraphs_among_headings", lambda units: units)
    kinds = _lead_kinds(_feature_with_leads([["命运共同"], ["彪炳史册"]], lead, gap, after))
    assert kinds and "paragraph" not in kinds


def test_a_large_set_of_alike_items_is_decided_as_one_however_wide():
    # a compilation's items, each a line of its own and the writer's name and office under it (坚信春天必定会到来 /
    # 高洪波（中国作协副主席）), wider than the short subheads decided as a set: seven alike on the page are one
    # set, so the last item, whose text echoes its own heading as a headline's body does, stays in the compilation
    items = [
        (
            "我们一定能战胜疫情",
            "刘慈欣（山西作协副主席）",
            "病毒带来的传染病曾经对人类历史产生重大而深刻的影响，也成为我们共同面对的考验。",
        ),
        ("你们平安，便是春天", "李敬泽（中国作协副主席）", "我们伟大的国家、坚韧团结的民族必会度过严冬，迎来春天。"),
        ("被那么多的英雄事迹感动", "贾平凹（中国作协副主席）", "我们没有经历过战争，但正经受着这次大灾难而奋起抗疫。"),
        (
            "阳光终将温暖每一寸大地",
            "何建明（中国作协副主席）",
            "人类每一天都在为自己的生存奋斗，快乐与苦难始终伴随着我们。",
        ),
        ("每个人都提供正能量", "徐贵祥（中国作协副主席）", "一个人的事情做好了，一家人的事情就做好了。"),
        (
            "坚信春天必定会到来",
            "高洪波（中国作协副主席）",
            "相信历经磨难的中华民族，不会被一次突发的病毒疫情击垮，我坚信春天必定会到来，到来的春天必定更美好。",
        ),
        (
            "凝聚起光亮和温暖",
            "王跃文（湖南作协主席）",
            "大疫当前，文学能起的作用主要是尽力凝聚起光亮和温暖，让人们能看到希望。",
        ),
    ]
    note = "编者按：疫情发生后，文艺界人士纷纷以文字表达对一线医护人员的敬意，本版今日刊发部分作家的心声。"
    lines = ["同舟共济 众志成城", "", *wrap(note, 16), ""]
    for head, who, text in items:
        lines += [head, "", who, "", *wrap(text, 12), ""]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.title == "同舟共济 众志成城"
    assert "凝聚起光亮和温暖" in [b.text for b in a.body if b.type == "subhead"]


def test_a_first_sections_subhead_and_foreign_author_at_the_top_open_the_feature_headlined_at_the_foot():
    # 风从东方来 pages: the first section's subhead and its foreign author's line (broken over two lines) open the
    # page, the feature's headline is printed at its foot; one article, the author's line a paragraph of its body
    more = (
        "中国坚持对外开放，同世界各国分享发展机遇，越来越多的外国朋友来到中国学习、工作和生活，亲身感受中国的发展变化。"
    )
    sections = [
        (
            "中国人民一定能创造新辉煌",
            ["（哈萨克斯坦）克拉拉·哈菲", "佐娃"],
            "中国的飞速发展得益于中国共产党的强有力领导，得益于坚定不移走中国特色社会主义道路。",
        ),
        ("向世界讲述美好的中国故事", ["（美国）潘维廉"], "三十多年前我第一次来到中国，那时的厦门还是一座小城。"),
        ("中国成为一个令人向往的国家", ["（日本）小泽秀树"], "我在中国工作生活了十多年，亲眼见证了中国的巨大变化。"),
    ]
    lines = []
    for head, author, text in sections:
        lines += [head, "", *author, ""]
        for p in (text, more):
            lines += [*wrap(p, 16), ""]
    lines += ["风从东方来——国际人士谈新中国70年发展成就", "", "讲述亲历故事 见证辉煌历程", ""]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert a.title == "讲述亲历故事 见证辉煌历程"
    assert [(b.type, b.text) for b in a.body[:2]] == [
        ("subhead", "中国人民一定能创造新辉煌"),
        ("paragraph", "（哈萨克斯坦）克拉拉·哈菲佐娃"),
    ]


def test_a_headline_over_a_first_section_and_its_foreign_author_stays_with_names_at_the_foot():
    # a draft headed by the feature's headline, its first section's subhead and the author's line, with only names
    # (the page's credits) under the body: nothing at the foot heads the feature, so the lines over the body stay
    # its headline; with the feature's headline at the foot they are the first section's, and open the body
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    def draft(foot: list[str]) -> A._Draft:
        head = ["患难见真情 共同抗疫情", "", "中国为全球抗击疫情争取了时间", "", "（墨西哥）亚历杭德罗·马西亚斯", ""]
        text = "中国采取的防控措施有力有效，为全球抗击疫情争取了宝贵的时间，也为各国防控提供了经验。"
        units, _ = reflow(text_to_lines("\n".join([*head, *wrap(text, 16), "", *wrap(text, 16), "", *foot])))
        n = len(foot)
        return A._Draft(head_before=units[:3], body=units[3 : len(units) - n], head_after=units[len(units) - n :])

    d = draft(["严妹 汤兰 邹爽梦"])
    assert [u.kind for u in d.head_before] == ["heading"] * 3 and d.head_after[0].kind in ("names", "heading")
    (out,) = A._split_double_titles([d])
    assert [u.text for u in out.head_before][0] == "患难见真情 共同抗疫情"
    (out,) = A._split_double_titles([draft(["讲述亲历故事 见证辉煌历程"])])
    assert out.head_before == [] and out.body[0].text == "患难见真情 共同抗疫情"


def test_a_lone_line_with_no_mark_between_blank_lines_is_a_heading_though_first_line_shaped():
    # a headline printed under its body, over the next article's (a column two cells narrower, so the line is as
    # short as a paragraph's first line there): no paragraph of one line is without a single mark
    from banmian.model import Line
    from banmian.reconstruct import reflow as R
    from banmian.sources.text import text_to_lines

    said = "“财力向基层下沉后，要把资金管好用好。”戴运龙代表表示，要灵活用好库款调度和转移支付政策，统筹财力，确保资金直达基层。"
    debt = "“今年举债规模增幅较大，特别要注意堵住违法违规举债的后门，严禁变相举债。”张连起委员表示，地方政府债务风险总体可控，需要进一步采取综合性措施，支持地方稳妥化解隐性债务存量。"
    quote = "“政府工作报告提出，提高科技创新支撑能力，稳定支持基础研究和应用基础研究，引导企业增加研发投入。”联想集团董事长杨元庆代表说。"
    more = "杨元庆代表认为，进一步激发企业科技创新主动性，一方面要出台政策激励企业加大研发投入，另一方面，企业也要重视发挥自身作用。"
    title = "积极财政政策如何更积极有为"
    voice = ["联想集团董事", "长杨元庆代表", "", "激发企业科技", "创新主动性", ""]
    page = [*wrap(said, 19), "", *wrap(debt, 19), "", title, "", *voice, *wrap(quote, 15), "", *wrap(more, 15)]
    units, _ = R.reflow(text_to_lines("\n".join(page)))
    assert [u.kind for u in units if u.text == title] == ["heading"]
    a = banmian.parse_text("\n".join(page)).articles[0]
    assert a.title == title and a.body[-1].text.endswith("隐性债务存量。")

    def alone(
        line: str, page: tuple[str, ...] = ("以上都是正文。", "", "{}", "", "下一段正文。"), indented=False
    ) -> str:
        # a one-line paragraph as the loop leaves it (each line a unit here)
        pl, _ = R._features([Line(t.format(line)) for t in page])
        units = [R.Unit("paragraph", [p], p.blank_before) for p in pl]
        units[1].lines[0].geo_first = indented
        return R._lone_unfinished_lines(units)[1].kind

    assert alone(title) == "heading"
    assert alone(title, ("以上都是正文。", "{}", "", "下一段正文。")) == "paragraph"  # no blank over it
    assert alone(title, ("以上都是正文。", "", "{}", "下一段正文。")) == "paragraph"  # no blank under it
    assert alone(title, indented=True) == "paragraph"  # a PDF's geometry sees a paragraph's indent
    assert alone("（泰国）功·塔帕朗西") == "heading"  # a foreign author's line
    assert alone("新方式，慢行动，顾虑之余求共赢") == "paragraph"  # a mark in it
    assert alone("（四）人格权编") == "paragraph"  # a part's name, opening on a bracket
    assert alone("（新华社北京1月5日电") == "paragraph"
    assert alone("新华社记者 李涛摄") == "paragraph"  # a caption's credit
    assert alone("本报记者 谷业凯 陈晓航摄影报道") == "paragraph"
    assert alone("王萍摄影报道（人民视觉）") == "paragraph"
    # two full lines with no mark are left as the loop read them (``_heading_if_unfinished`` asks of those)
    pl, _ = R._features(
        [Line(t) for t in ["以上都是正文。", "", "积极财政政策如何更积极有为", "积极财政政策如何更积极有为", ""]]
    )
    units = [R.Unit("paragraph", pl[:1], True), R.Unit("paragraph", pl[1:], True)]
    assert R._lone_unfinished_lines(units)[1].kind == "paragraph"


def test_a_large_titles_first_characters_broken_off_over_the_verbs_rest_are_no_reporters_name():
    # raw text (no blank lines): 宋涛会 / 见塞尔维亚客人 under a finished paragraph reads as a name closing the article
    # above; the verb 会见 across the break says it is the title's first line. A name whose last character makes a
    # word with the next line's first by chance (谢月宜 / 黄河畔…) still closes the article
    above = "本报北京2月26日电 记者从有关部门获悉，各地正在有序推进复工复产，重点项目建设进展顺利。"
    below = "本报北京2月27日电 中共中央对外联络部部长宋涛27日在京会见塞尔维亚社会党主席。"

    def parse(name: str, title: list[str]):
        lines = ["复工复产有序推进", *wrap(above, 16), name, *title, *wrap(below, 16)]
        return banmian.parse_text("\n".join(lines)).articles

    a, b = parse("宋涛会", ["见塞尔维亚客人"])
    assert (a.byline, b.title) == (None, "宋涛会见塞尔维亚客人")
    a, b = parse("沈阳鼓", ["励企业开展线上培训"])
    assert (a.byline, b.title) == (None, "沈阳鼓励企业开展线上培训")
    a, b = parse("谢月宜", ["黄河畔 绿色生态长廊"])
    assert (a.byline, b.title) == ("谢月宜", "黄河畔 绿色生态长廊")


def test_a_column_named_for_its_genre_stays_apart_though_a_word_runs_across():
    # raw text: 快评 / 为复工复产提 / 供运输保障 — 评为 is a word of the dictionary, but 快评 is a column's name (its
    # genre, ``_GENRE_END``), not a title's first line broken mid-word
    above = "本报北京2月20日电 记者从交通运输部获悉，全国公路网运行总体平稳，重点物资运输保障有力。"
    body = "复工复产，交通先行。各地要统筹做好疫情防控和运输保障工作，确保重点物资运得进、出得去。"
    lines = [
        "交通运输有序恢复",
        *wrap(above, 16),
        "□本报记者 李心萍",
        "快评",
        "为复工复产提",
        "供运输保障",
        *wrap(body, 16),
    ]
    a = banmian.parse_text("\n".join(lines)).articles[-1]
    assert (a.column, a.title) == ("快评", "为复工复产提供运输保障")


def test_further_reading_under_a_body_goes_on_in_its_article():
    # 延伸阅读 / 这些“红线”不能踩！ / 案例一：… under a body: the article's further reading, its headings subheads (in
    # 人民日报 2019–2020, 12 paragraphs 延伸阅读 and 11 知识链接, each inside its record, none opening one); the group
    # model had opened an article there, the next heading its kicker: the group is decided as subheads beforehand
    from banmian.reconstruct import assemble as A
    from banmian.sources.text import text_to_lines

    text = "近年来，公安机关持续开展打击侵犯公民个人信息犯罪专项行动，一批违法犯罪分子受到法律制裁，群众的信息安全感明显增强。"
    case = "上海一名员工利用职务便利，窃取新生儿信息并出售给他人，法院以侵犯公民个人信息罪判处其有期徒刑。"

    def forced(label: str, above: list[str]) -> bool:
        lines = [*above, label, "", "这些“红线”不能踩！", "", "案例一：“内鬼”窃取个"]
        lines += ["人信息触犯刑法", "", *wrap(case, 16)]
        _, _, runs, groups, _ = A.read_page(text_to_lines("\n".join(lines)))
        (gi,) = [gi for gi, g in enumerate(groups) if g.units and g.units[0].text == label]
        return A._document_sections(runs, groups).get(gi, False)

    body = ["净网！守护百姓信息安全", "", *wrap(text, 16), ""]
    assert forced("延伸阅读", body) and forced("知识链接", body) and forced("【延伸阅读】", body)
    assert not forced("链接", body)  # (as often over the next article's headline: its column)
    assert not forced("延伸阅读", [])  # (no body above it: the page opens on it)


def test_a_first_numbered_section_under_a_paragraph_is_a_subhead():
    # 一、从国家层面建立健全…的必要性和重要性 under the paragraph that opens a speech, as 二、 and 三、 below it: the first
    # numbered section, decided as subheads beforehand (in 人民日报 2019–2020 no kicker, title or subtitle opens on
    # 一、 or （一）; the group model had read the first such group as a headline, the later ones as subheads)
    from banmian.reconstruct import assemble as A
    from banmian.sources.text import text_to_lines

    text = (
        "我受全国人大常委会的委托，作关于决定草案的说明，请审议。香港回归以来，国家坚定贯彻方针，取得举世公认的成功。"
    )

    def forced(heads: list[str], above: list[str]) -> bool:
        lines = [*above, *heads, "", *wrap(text, 16), "", "二、总体要求和基本原则", "", *wrap(text, 16)]
        _, _, runs, groups, _ = A.read_page(text_to_lines("\n".join(lines)))
        (gi,) = [gi for gi, g in enumerate(groups) if g.units and g.units[0].text == heads[0]]
        return A._document_sections(runs, groups).get(gi, False)

    body = ["关于决定草案的说明", "", *wrap(text, 16), ""]
    assert forced(["一、从国家层面建立健全制度", "的必要性和重要性"], body)
    assert forced(["（一）稳步提升粮食生产能力的", "主要做法"], body)
    assert not forced(["一、从国家层面建立健全制度"], [])  # (no paragraph above it: the page opens on it)
    # (nor under another article's headline printed over it, nor a later section: 二十、 is no first)
    assert not forced(["粮食安全白皮书发布", "", "一、中国粮食安全成就"], body)
    assert not forced(["二十、中国粮食安全成就"], body)


def test_a_series_name_and_its_year_over_a_title_is_the_column():
    # 动感2020 / “滑”龙舟: a series' name and its year (in 人民日报 2019–2020 a title's tag 40 times, never a kicker,
    # title or subtitle); figures had kept the rules from reading it as a column's name, and it stood as the kicker
    body = "新年伊始，江苏无锡的市民们在冰面上赛起了旱地龙舟，一支支队伍喊着号子奋力向前，引来阵阵喝彩。"
    for series in ("动感2020", "决胜2020"):
        lines = [series, "", "“滑”龙舟", "", *wrap(body, 16), "", *wrap(body, 16)]
        (a,) = banmian.parse_text("\n".join(lines)).articles
        assert (a.column, a.kicker, a.title) == (series, None, "“滑”龙舟")


def test_a_columns_name_under_a_headline_printed_after_its_body_goes_to_the_headline_below():
    # …马里东北部爆炸袭击致3名维和士兵死亡 (a headline under its body) / 国际视点 / “云端生活”为经济打开新可能 / body:
    # a column's name is printed over its article's headline, never under one (the cut between the two headlines had
    # left it under the first, as its subtitle)
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    first = "联合国马里多层面综合稳定团发表声明说，一辆维和部队车辆在马里东北部遭遇爆炸袭击，造成三名维和士兵死亡。"
    second = "本报讯 （记者孟宜）打开德国柏林一家音乐厅的网站，线上音乐会正在直播，数万名观众在家中欣赏演出。"

    def drafts(banner: list[str], title: tuple[str, ...] = ("马里东北部爆炸袭击致3名维和士兵死亡", "")) -> list:
        head = [*title, *banner, ""]
        lines = [*wrap(first, 16), "", *head, "“云端生活”为经济打开新可能", "", *wrap(second, 16)]
        units, _ = reflow(text_to_lines("\n".join(lines)))
        at = next(i for i, u in enumerate(units) if u.text == "“云端生活”为经济打开新可能")
        n = len(wrap(first, 16)) if units[0].kind != "paragraph" else 1
        out = [
            A._Draft(head_before=[], body=units[:n], head_after=units[n:at]),
            A._Draft(head_before=units[at : at + 1], body=units[at + 1 :]),
        ]
        A._columns_go_down(out, True)
        return out

    a, b = drafts(["国际视点"])
    assert [u.text for u in a.head_after] == ["马里东北部爆炸袭击致3名维和士兵死亡"]
    assert [u.text for u in b.head_before] == ["国际视点", "“云端生活”为经济打开新可能"]
    for banner in ("动感2020", "经济新方位·中小企业闯关记③", "小康路上·绿色力量"):
        a, b = drafts([banner])
        assert [u.text for u in b.head_before][0] == banner
    a, b = drafts(["国际视点"], title=())
    assert [u.text for u in a.head_after] == ["国际视点"]  # (the only line under the body: its own headline)
    for stays in (
        ["习近平的扶贫故事"],
        ["——做好当前最重要的工作⑥"],
        ["——让干部有更多时间和精", "力抓落实②"],
        ["（英国）拉尔夫·马丁"],
    ):
        a, b = drafts(stays)  # (a title as often; a subtitle; a box's last line, no blank over it; an author; long)
        assert len(a.head_after) == 1 + len(stays), stays
    a, b = drafts([])
    assert [u.text for u in a.head_after] == ["马里东北部爆炸袭击致3名维和士兵死亡"]  # (a headline's only box stays)
    for line, shaped in (
        ("小康路上·绿色力量", True),
        ("新时代新作为新篇章·奋力谱写时代答卷", False),
    ):  # (long: no name)
        units, _ = reflow(text_to_lines("\n".join(["正文到此结束。", "", line])))
        assert A._column_shaped(units[-1]) is shaped, line


def test_a_heading_line_printed_twice_on_the_page_under_a_headline_printed_after_its_body_goes_down():
    # 战疫扶贫两手抓 (a headline under its body) / 履职故事 / 全国人大代表刘宏艳—— / …, and 履职故事 again over the next
    # report: a series' name printed over each of its reports, never under a headline; on text with no blank lines
    # the shape rules cannot say so (they ask for a blank line over the name), and it had stood as the subtitle
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    first = "及时通过关于依法全力做好当前新型冠状病毒肺炎疫情防控工作的决定，为疫情防控提供有力法治保障。"
    second = "见到全国人大代表、辽宁省北票市尹湛纳希高级中学教师刘宏艳时，她正在修改准备提交全国人代会的建议。"

    def moved(
        name: str, title: list[str] | None = None, again: str | None = None, blank: bool = False, page: bool = False
    ) -> bool:
        title = title or ["战疫扶贫两手抓"]
        lines = [*wrap(first, 17), *title, *([""] if blank else []), name, "全国人大代表刘宏艳——"]
        lines += ["让农村孩子享受高质量教育", *wrap(second, 17), again or name, "全国人大代表侯二河——"]
        lines += ["为解决因病返贫问题献计策", *wrap(second, 17)]
        units, _ = reflow(text_to_lines("\n".join(lines)))
        heads = [i for i, u in enumerate(units) if u.kind == "heading"]
        n, k = heads[0], heads[len(title)]
        m = next(i for i in range(k, len(units)) if units[i].kind == "paragraph")
        out = [
            A._Draft(head_before=[], body=units[:n], head_after=units[n : k + 1]),
            A._Draft(head_before=units[k + 1 : m], body=units[m : m + 1]),
            A._Draft(head_before=units[m + 1 : -1], body=units[-1:]),
        ]
        A._columns_go_down(out, page)
        return [u.text for u in out[1].head_before][0] == name

    assert moved("履职故事")
    assert moved("来自疫情防控一线的报道")
    # (on a page with blank lines, the name must have one over it, as the shape rules ask)
    assert moved("履职故事", blank=True, page=True)
    assert not moved("履职故事", page=True)
    assert not moved("履职故事", again="代表委员履职故事")  # (printed once: a subtitle as often)
    assert not moved("为解决因病返贫问题献计策的故事")  # (long: a headline printed twice)
    assert not moved("——写在两会召开之际")  # (a subtitle two documents share)
    assert not moved("栗战书主持")  # (a leader under two meetings' titles)
    assert not moved("行稳致远", title=["堵塞香港国家安全法律漏洞，"])  # (a title's last line)
    assert not moved("履职", again="履职")  # (too short to be a name of its own)


def test_a_dash_subtitles_first_line_goes_on_in_the_line_below_without_blank_lines():
    # 平等·互利·共赢 / ——专家解读中 / 美第一阶段经贸协议 printed under its body, on text with no blank lines: the box model
    # had cut the subtitle after its first line (on the raw development folders 48 such cuts where the records run
    # on, 3 where a new box starts), and the headline read as title ——专家解读中, subtitle 美第一阶段经贸协议
    first = "当地时间1月15日，经过中美两国经贸团队的共同努力，中美第一阶段经贸协议在美国华盛顿正式签署。"
    second = "我们要坚持稳中求进工作总基调，努力实现中国经济行稳致远，创造世界经济更加美好的明天。"
    for sub in (("——专家解读中", "美第一阶段经贸协议"), ("——写在十九届中央纪委", "四次全会召开之际")):
        lines = [*wrap(first, 17), *wrap(second, 17), "平等·互利·共赢", *sub]
        (a,) = banmian.parse_text("\n".join(lines)).articles
        assert (a.title, a.subtitle) == ("平等·互利·共赢", "".join(sub))


def test_a_dash_subtitles_first_line_stays_a_box_where_the_box_model_is_sure_or_it_ends_on_a_number(monkeypatch):
    from banmian.reconstruct import assemble as A
    from banmian.sources.text import text_to_lines

    def heads(*texts: str) -> list:
        units = A.read_page(text_to_lines("\n".join(texts)))[0]
        return [A.Unit("heading", [ln]) for u in units for ln in u.lines]

    for logit, broken in ((1.0, False), (A.DASH_LINE_SURE + 0.5, True), (A.BOX_THRESHOLD - 0.5, False)):
        monkeypatch.setattr(A, "_box_logit", lambda features, x=logit: x)
        assert A._box_break(heads("——写在十九届中央纪委", "四次全会召开之际"), 1) is broken, logit
    monkeypatch.setattr(A, "_box_logit", lambda features: 1.0)
    assert A._box_break(
        heads("——香港修例风波回望之二", "代表委员履职故事"), 1
    )  # (a whole subtitle: its series' number)
    assert A._box_break(heads("——新春之际话新风①", "心在一起、家人在一起"), 1)
    assert A._box_break(heads("——写在十九届中央纪委", "——四次全会召开之际"), 1)  # (a dash opens the line below)
    assert A._box_break(heads("写在十九届中央纪委", "四次全会召开之际"), 1)  # (no dash: the model's answer)


def test_a_genre_named_column_inside_headline_lines_read_as_subheads_opens_an_article():
    # …人们的旅游热情正在释放。 / 统筹抓好改革发展稳定各项工作 / 旅游市场稳步回暖 / 快评 / 有序恢复 / 提质升级 / body, on
    # text with no blank lines: the headline lines had all been read as the subheads of one article; a column's name
    # is printed over its own article's headline
    first = "今年5月19日是第十个“中国旅游日”。随着气温升高，在做好常态化疫情防控的前提下，旅游业也在逐步升温。"
    second = "“宅家过后你第一件事想做什么？”不少网友的回答是“我要去旅游”。随着疫情防控形势向好，人们开始走出家门。"
    third = "旅游市场有序恢复，消费提质升级。旅游企业只有练好内功、创新服务，才能更好满足群众美好生活需求。"

    def read(column: str) -> list:
        heads = ["统筹抓好改革发展稳", "定各项工作", "旅游市场稳", "步回暖", column, "有序恢复", "提质升级"]
        lines = [*wrap(first, 12), *heads, *wrap(second, 17), *wrap(third, 17), "廖玉卿 潘凝晓"]
        return banmian.parse_text("\n".join(lines)).articles

    for column in ("快评", "人民时评", "大使随笔"):
        a, b = read(column)
        assert (a.title, b.column, b.title) == ("旅游市场稳步回暖", column, "有序恢复提质升级"), column
    from banmian.reconstruct import assemble as A
    from banmian.sources.text import text_to_lines

    def column_in(*texts: str, kinds: str = "hhh") -> bool:
        units = A.read_page(text_to_lines("\n".join(texts)))[0]
        kind = {"h": "heading", "p": "paragraph"}
        return A._genre_column_in([A.Unit(kind[k], [ln]) for k, u in zip(kinds, units) for ln in u.lines], 1)

    assert column_in("旅游市场稳步回暖", "快评", "有序恢复")
    assert not column_in("旅游市场稳步回暖", "快评", "有序恢复", kinds="hhp")  # (over a paragraph: a section's label)
    assert not column_in("旅游市场稳步回暖", "快评", "有序恢复", kinds="phh")
    for other in ("乡村故事", "快评2", "改革开放四十年观察"):  # (a section's label as often; a figure; long)
        assert not column_in("旅游市场稳步回暖", other, "有序恢复"), other
    assert not column_in("9:00-12:00 产业智能升级AI技术", "与应用论坛", "9:30-12:00 工业机器")  # (a schedule's line)
    assert column_in("产业智能升级AI技术", "与应用论坛", "9:30-12:00 工业机器")


def test_under_a_kicker_leading_in_with_a_dash_the_box_under_the_title_opens_the_body():
    # 从生产、消费、预期和价格等数据看，国家发改委表示—— / 月度指标彰显经济积极变化 / 国家发改委主任何立峰 / body: a
    # kicker that leads in with a dash stands over no subtitle (人民日报 2019–2020: 2 of 732, each under a ministry's
    # name alone), so the box under the title is the body's first section's subhead, not a subtitle
    body = "本报北京1月19日电 （记者陆娅楠）国家发展改革委19日举行新闻发布会，介绍宏观经济运行情况，经济运行总体平稳。"

    def read(kicker: str, under: str):
        lines = [kicker, "", "月度指标彰显经济积极变化", "", under, "", *wrap(body, 16), *wrap(body, 16)]
        (a,) = banmian.parse_text("\n".join(lines)).articles
        return a

    a = read("从生产、消费、预期和价格等数据看，国家发改委表示——", "国家发改委主任何立峰")
    assert (a.title, a.subtitle) == ("月度指标彰显经济积极变化", None)
    assert (a.body[0].type, a.body[0].text) == ("subhead", "国家发改委主任何立峰")
    assert read("教育部——", "不得强行要求学生每天上网“打卡”").subtitle == "不得强行要求学生每天上网“打卡”"
    assert read("从生产、消费、预期和价格等数据看，国家发改委表示——", "（权威发布）").subtitle == "（权威发布）"
    assert read("国家发改委新闻发布会介绍：", "国家发改委主任何立峰").subtitle == "国家发改委主任何立峰"  # (no dash)
    # printed under its body, the headline keeps the box (there is no body below it to open)
    lines = [*wrap(body, 16), *wrap(body, 16), "", "从生产、消费、预期和价格等数据看，国家发改委表示——", ""]
    lines += ["月度指标彰显经济积极变化", "", "国家发改委主任何立峰"]
    page = banmian.parse_text("\n".join(lines))
    assert "国家发改委主任何立峰" in str(page.to_dict())


def test_over_a_title_with_a_dash_subtitle_the_box_is_the_column_not_a_kicker():
    # 推进长三角一体化建设 / 服务国家战略展现江苏作为 / ——访江苏省委书记娄勤俭: in 人民日报 2019–2020 no record has a
    # kicker over a title with a ——subtitle; the box over the title is the series' name
    body = (
        "本报南京1月8日电 （记者王伟健）推进长三角一体化发展，江苏如何发挥优势、展现作为？记者日前专访了江苏省委书记。"
    )

    def read(*head: str):
        lines = [x for h in head for x in (h, "")] + [*wrap(body, 16), *wrap(body, 16)]
        (a,) = banmian.parse_text("\n".join(lines)).articles
        return a

    a = read("推进长三角一体化建设", "服务国家战略展现江苏作为", "——访江苏省委书记娄勤俭")
    assert (a.column, a.kicker, a.title, a.subtitle) == (
        "推进长三角一体化建设",
        None,
        "服务国家战略展现江苏作为",
        "——访江苏省委书记娄勤俭",
    )
    a = read("长三角观察", "推进长三角一体化建设", "服务国家战略展现江苏作为", "——访江苏省委书记娄勤俭")
    assert (a.column, a.kicker) == ("长三角观察 推进长三角一体化建设", None)  # (under the column's name: both)
    a = read("教育部——", "“停课不停学”不等同于网上上课", "不得强行要求学生每天上网“打卡”")  # (no dash: a kicker)
    assert (a.column, a.kicker) == (None, "教育部——")
    a = read("内蒙古乌兰察布破解农村牧区养老问题", "共建幸福院 舒心享晚年（在新思想指引下", "——新时代新作为新篇章）")
    assert a.column is None  # (the title's tag broken at its dash)


def test_three_short_boxes_under_a_column_are_a_kicker_in_two_over_its_title():
    # pdftotext -raw: 深聚焦 / 提供科研支持 / 引进帮扶资金 培训技术人才 / 高校成为脱贫攻坚生力军 — read as column, kicker,
    # title and subtitle, which 3 records of 人民日报's 10,294 have all at once; the kicker was broken in two
    body = "本报北京1月18日电 （记者丁雅诵）记者从教育部获悉，全国高校积极投身脱贫攻坚，在科研支持、帮扶资金等方面发挥作用。"
    above = (
        "新华社北京1月18日电 国家统计局17日发布数据，去年全国居民人均可支配收入继续增长，城乡居民收入差距进一步缩小。"
    )
    head = ["深聚焦", "提供科研支持", "引进帮扶资金 培训技术人才", "高校成为脱贫攻坚生力军"]
    lines = ["居民收入稳步增长", *wrap(above, 16), *head, *wrap(body, 16), *wrap(body, 16)]
    a = banmian.parse_text("\n".join(lines)).articles[-1]
    assert (a.column, a.kicker, a.title, a.subtitle) == (
        "深聚焦",
        "提供科研支持引进帮扶资金 培训技术人才",
        "高校成为脱贫攻坚生力军",
        None,
    )

    # (with no column's name over them, a kicker and title each broken in two: the kicker stays whole)
    head = ["增强防", "控的科学性和有效性", "发挥科普在疫情防控", "中的重要作用（有的放矢）"]
    lines = ["居民收入稳步增长", *wrap(above, 16), "（作者单位：湖南学院）", *head, *wrap(body, 16), *wrap(body, 16)]
    assert banmian.parse_text("\n".join(lines)).articles[-1].kicker == "增强防控的科学性和有效性"

    from banmian.reconstruct import assemble as A
    from banmian.sources.text import text_to_lines

    def wrapped(*texts: str, ti: int = 1) -> bool:
        units = A.read_page(text_to_lines("\n".join(texts)))[0]
        return A._kicker_wrapped_over_title([[A.Unit("heading", [ln])] for u in units for ln in u.lines], ti)

    assert wrapped("提供科研支持", "引进帮扶资金", "高校成为脱贫攻坚生力军")
    assert not wrapped("提供科研支持", "引进帮扶资金", "高校成为脱贫攻坚生力军", ti=0)
    assert not wrapped("提供科研支持", "引进帮扶资金", "高校成为脱贫攻坚生力军", "后记")  # (four boxes)
    for k, t, sub in (
        ("全国高校在科研支持方面积极发挥作用", "引进帮扶资金", "高校成为脱贫攻坚生力军"),  # (long)
        ("提供科研支持", "引进帮扶资金培训技术人才乡村振兴", "高校成为脱贫攻坚生力军"),
        ("提供科研支持", "引进帮扶资金", "全国高校成为脱贫攻坚和乡村振兴的重要生力军"),
        ("提供科研支持", "引进帮扶资金", "——高校成为脱贫攻坚生力军"),  # (a subtitle)
        ("提供科研支持", "引进帮扶资金", "记者：高校成为生力军"),
        ("提供科研支持", "引进帮扶资金", "话小康·议报告"),  # (a column's name)
        ("提供科研支持", "引进帮扶资金", "来自扶贫一线的报道"),
        ("一手抓防控", "一手抓诊疗服务", "北京核酸检测机构增至六十七家"),  # (a title in two halves)
        ("太原强化小区管理——", "“老小区”有了“守门人”", "让党旗高高飘扬"),  # (a whole kicker)
        ("新视点", "专家为经济工作支招", "用新技术提升服务业效率"),  # (another column's name)
    ):
        assert not wrapped(k, t, sub), (k, t, sub)


def test_a_headline_alone_at_the_pages_foot_heads_the_paragraphs_after_the_line_closing_the_article_above():
    # 诗画棠溪村 / … / 图片来源：人民视觉 / 山里的雨来得轻。… / 滴水森林 (at the foot): the last essay's body follows the
    # previous one's closing line, its headline printed under it; it had run on in the essay above, the headline left
    # with no body
    one = [
        "我与武陵溪畔的棠溪村结缘，是在一个冬日的午后，村里的芙蓉李树正在冬阳下拥翠叠玉。",
        "老郑说若春节后再来，那就会置身于芙蓉李花开的海洋之中，我十分心动。",
    ]
    two = [
        "山里的雨来得轻。没听见风，也没有电闪雷鸣，头顶的树冠上传下来一阵沙沙的轻响。",
        "雨后那些叶片宽大的灌草和山蕨，一片片都挂满了亮晶晶的水珠。",
        "天彻底放晴，密林深处依旧黑黝黝的，我们沿着山道慢慢往下走。",
    ]

    def page(closing: list[str], foot: str) -> list:
        lines = ["诗画棠溪村", ""]
        for p in one:
            lines += [*wrap(p, 16), ""]
        lines += [*closing, ""]
        for p in two:
            lines += [*wrap(p, 16), ""]
        return banmian.parse_text("\n".join([*lines, foot])).articles

    a, b = page(["图片来源：", "人民视觉"], "滴水森林")
    assert a.title == "诗画棠溪村" and a.body[-1].text == "图片来源：人民视觉"
    assert b.title == "滴水森林" and [x.text for x in b.body] == two
    for closing, foot in (
        ([], "滴水森林"),
        (["图片来源：", "人民视觉"], "新华社发"),
        (["图片来源：", "人民视觉"], "题图设计：张丹峰"),
    ):
        # (no line closing the essay above: nothing to go by; a credit at the foot heads nothing)
        arts = page(closing, foot)
        assert arts[0].title == "诗画棠溪村" and [x.text for x in arts[0].body][-3:] == two, (closing, foot)


def test_a_lead_label_after_a_paragraph_is_where_the_article_headlined_at_the_foot_begins():
    # 解码·显著优势 / its lead / 核心阅读 / the next article's paragraphs / （作者为…） / 人民观察 / 创造“中国之治”的根本所在:
    # a body with a headline before and after it holds two articles, and 核心阅读 after a paragraph opens the second
    # (the cut had fallen after the author's line, the headline at the foot left with no body)
    lead = "坚持党的集中统一领导，坚持党的科学理论，保持政治稳定，确保国家始终沿着社会主义方向前进的显著优势。"
    paras = [
        "中国之治的核心密码在于中国之制，在于我国国家制度和国家治理体系的显著优势。",
        "新中国成立七十年来，我们党领导人民创造了世所罕见的经济快速发展奇迹和社会长期稳定奇迹。",
        "历史和现实一再表明，党的领导是我们战胜一切风险挑战的根本保证。",
    ]
    lines = ["解码·显著优势", "", *wrap(lead, 16), "", "核心阅读", ""]
    for p in paras:
        lines += [*wrap(p, 16), ""]
    lines += ["（作者为上海市某研究中心副主任）", "", "人民观察", "", "创造“中国之治”的根本所在"]
    a, b = banmian.parse_text("\n".join(lines)).articles
    assert a.title == "解码·显著优势" and [x.text for x in a.body] == [lead]
    assert b.title == "创造“中国之治”的根本所在" and b.body[0].text == "核心阅读" and b.body[1].text == paras[0]
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    def opens(lines: list[str]) -> list[int]:
        units, _ = reflow(text_to_lines("\n".join(lines)))
        return [i for i in range(1, len(units)) if A._opens_a_body(units, i)]

    assert opens(["编者的话", "", "核心阅读", "", *wrap(paras[0], 16)]) == []  # (no paragraph before it)
    assert opens([*wrap(lead, 16), "", "走好新时代长征路", "", "核心阅读", "", *wrap(paras[0], 16)]) == [2]


def test_what_a_headline_alone_at_the_foot_takes_from_the_article_above():
    # the paragraphs after the last line closing the body above, two at least, to a headline with no body of its own
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    ps = [
        "山里的雨来得轻，没听见风，也没有电闪雷鸣。",
        "雨后那些叶片宽大的灌草，都挂满了水珠。",
        "天彻底放晴，我们沿着山道慢慢往下走。",
    ]

    def take(
        after: int, *, title: bool = True, own_body: bool = False, closing_kind: str = "paragraph", tail="paragraph"
    ) -> int:
        lines = ["我与棠溪村结缘，是在一个冬日的午后。", "", "图片来源：人民视觉", ""]
        for p in ps[:after]:
            lines += [p, ""]
        units, _ = reflow(text_to_lines("\n".join([*lines, "滴水森林", "", ps[2]])))
        *body, head, mine = units
        for u in body[2:]:
            u.kind = tail  # (the paragraphs after the closing line, as the reflow may not read a short one)
        body[1].kind = closing_kind
        above = A._Draft(head_before=[], body=body)
        last = A._Draft(head_before=[head] if title else [], body=[mine] if own_body else [])
        A._foot_headline_takes_tail([above, last])
        return len(last.body) - own_body

    assert take(2) == 2
    assert take(1) == 0  # (one paragraph after the closing line)
    assert take(2, own_body=True) == 0  # (a body of its own under the headline)
    assert take(2, title=False) == 0
    assert take(2, closing_kind="heading") == 0
    assert take(2, tail="heading") == 0  # (a subhead among them: the article above goes on)


# an article's lead set bold in the body's column under its title (no stop at its end), a page without blank lines
COLUMN_LEAD = "体谅受助者的难处，细心呵护他们的尊严，是助人的正确方式"
COLUMN_BODY = [
    "公交车上，乘客不多。一位农民工上车后，将袋子铺地，坐了上去。司机问他为什么不坐座位。",
    "他说自己的衣服脏，怕弄脏了座位。司机笑着说，座位就是给人坐的，请他坐到座位上来。",
]


def _column_lead_kinds(lead: list[str], blanks: bool = False) -> list[str]:
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    gap = [""] if blanks else []
    body = [ln for p in COLUMN_BODY for ln in [*gap, *wrap(p, 14)]]
    units, _ = reflow(text_to_lines("\n".join(["平等助人更暖心", *gap, *lead, *body])))
    mine = {x.strip() for x in lead if x}
    return [u.kind for u in units if any(ln.text in mine for ln in u.lines)]


def _column_pass_kinds(lead: list[str], blanks: bool = False) -> list[str]:
    # the pass alone, over the lead's lines each made a heading line (as the reflow leaves them where it is unsure)
    from banmian.reconstruct import reflow as R
    from banmian.sources.text import text_to_lines

    gap = [""] if blanks else []
    body = [ln for p in COLUMN_BODY for ln in [*gap, *wrap(p, 14)]]
    units, _ = R.reflow(text_to_lines("\n".join(["平等助人更暖心", *gap, *lead, *body])))
    mine = {x.strip() for x in lead if x}
    units = [h for u in units for h in (R._heading_lines(u) if any(ln.text in mine for ln in u.lines) else [u])]
    out = R._paragraphs_among_headings(units)
    return [u.kind for u in out if any(ln.text in mine for ln in u.lines)]


def test_a_lead_set_in_the_body_column_under_its_title_opens_the_body():
    # 平等助人更暖心 / 体谅受助者的难处，细心呵 / 护他们的尊严，是助人的正确方 / 式: the lead, set bold as a paragraph of
    # the column (the first line two cells short, the next full, the last short) had been read as the subtitle;
    # the records keep it as the body's first paragraph
    lead = wrap(COLUMN_LEAD, 14)
    assert [len(x) for x in lead] == [12, 14, 1]
    a = banmian.parse_text(
        "\n".join(["平等助人更暖心", *lead, *[ln for p in COLUMN_BODY for ln in wrap(p, 14)]])
    ).articles[0]
    assert a.title == "平等助人更暖心" and a.subtitle is None
    assert [b.text for b in a.body] == [COLUMN_LEAD, *COLUMN_BODY]
    assert _column_lead_kinds(lead) == ["paragraph"] and _column_pass_kinds(lead) == ["paragraph"]
    # (with blank lines, one inside where a word runs across it: a jump to the next column)
    assert _column_pass_kinds([lead[0], "", *lead[1:]], blanks=True) == ["paragraph"]
    # (a line past the measure by a mark hung at the edge is at the measure)
    assert _column_pass_kinds(["体谅受助者的难处，细心呵", "护他们的尊严，是助人的正确方，", "式"]) == ["paragraph"]


@pytest.mark.parametrize(
    "lead",
    [
        ["体谅受助者的难处，细心呵", "护他们的尊严"],  # two lines say nothing of the shape
        ["体谅受助者的难处，细心呵护他", "们的尊严，是助人的正确方式啊", "好"],  # no indent: a headline wraps full
        ["体谅受助者的难处，细心呵", "护他们的尊严，是助人的正确", "方式"],  # a line between one short of the measure
        ["体谅受助者的难处，细心呵", "护他们的尊严，是助人的正确方式", "呀"],  # … or wider, on no hanging mark
        ["体谅受助者的难处，细心呵", "护他们的尊严，是助人的正确方", "式式式式式式式式式式式式式"],  # the last full
        ["（体谅受助者）难处，细心", "呵护他们的尊严，是助人的正确", "方式"],  # opening on a bracket
        ["——体谅受助者的难处，细", "心呵护他们的尊严，是助人的正", "确方式"],  # … or a dash
        ["体谅受助者的难处细心呵护", "他们的尊严是助人的正确方式啊", "是啊，是"],  # no clause mark before the last line
        ["体谅受助（难处，细心）呵", "护他们的尊严是助人的正确方式", "好"],  # a comma only inside brackets
        ["体谅受助者的难处，细心呵", "护他们的尊严：是助人的正确方", "式——"],  # a line ending on a dash
        ["体谅受助者的难处，细心呵", "护他们的尊严是 助人的正确方式", "好"],  # a space between two words
        ["体谅受助者的难处，细心呵", "护他们的尊严，是“助人的正确", "方式"],  # a quotation left open
        ["医学科副主任余追说，不过", "“再大的困难，我们都不怕，还", "要”"],  # a quotation opening a line closes it
        ["体谅受助者的难处，细心地", "", "护他们的尊严，是助人的正确方", "式"],  # a blank across no word
    ],
)
def test_heading_lines_not_set_as_a_column_paragraph_stay_headings(lead):
    assert "paragraph" not in _column_pass_kinds(lead, blanks="" in lead)


def test_credit_lines_carrying_a_continuation_marker_stay_apart():
    # an 'article' of credit lines alone ends the article above, unless a continuation marker is its own: the lines
    # close the text continued from (or to) another page, and the marker would be lost in the article above
    from banmian.model import Article, Block, Continuation
    from banmian.reconstruct.assemble import _credits_go_back

    def pair(**cont) -> list[Article]:
        above = Article(title="某某标题", body=[Block("paragraph", "正文。")])
        credits = Article(body=[Block("paragraph", "制图：蔡华伟")], **cont)
        return _credits_go_back([above, credits])

    assert len(pair()) == 1
    assert len(pair(continued_from=Continuation(1, "（上接第一版）"))) == 2
    assert len(pair(continues_to=Continuation(5, "（下转第五版）"))) == 2


def test_an_article_closed_by_the_credit_closing_the_sections_above_is_their_next_section():
    # 两会·声音2020: sections under their subheads, each closed by 本报记者 X整理; the fifth (千方百计让老百姓过上好日子 /
    # 刘奇代表… / … / 本报记者 郑少忠整理) read as an article of its own is the compilation's next section; so is a
    # science brief closed by （据新华社东京电） under briefs so closed.  Headed by more than a title, credited to a
    # reporter, or closed otherwise, an article stays apart
    from banmian.model import Article, Block, Continuation
    from banmian.reconstruct.assemble import _credited_sections

    def whole(credit: str) -> Article:
        body = [Block("subhead", "大力推动成渝地区双城经济圈建设"), Block("paragraph", "唱好“双城记”。")]
        body += [Block("paragraph", credit), Block("subhead", "让祖国北疆绿色长城更加牢固")]
        body += [Block("paragraph", "生态优先、绿色发展。"), Block("paragraph", credit)]
        return Article(title="坚持人民至上推动高质量发展", body=body)

    def section(credit: str, **head: str) -> Article:
        body = [Block("paragraph", "刘奇代表（江西省委书记）"), Block("paragraph", "增强倒计时的紧迫感。")]
        return Article(title="千方百计让老百姓过上好日子", body=[*body, Block("paragraph", credit)], **head)

    told, told2 = "本报记者 王斌来整理", "本报记者 郑少忠整理"
    out = _credited_sections([whole(told), section(told2)])
    assert len(out) == 1
    assert [(b.type, b.text) for b in out[0].body][-4:] == [
        ("subhead", "千方百计让老百姓过上好日子"),
        ("paragraph", "刘奇代表（江西省委书记）"),
        ("paragraph", "增强倒计时的紧迫感。"),
        ("paragraph", told2),
    ]
    # sections after it keep joining; a wire reprint's credit is a credit of its own kind
    assert len(_credited_sections([whole(told), section(told2), section("（本报记者 杨明方整理）")])) == 1
    wire, wire2 = "（据新华社伦敦电 记者杨海若）", "（据新华社东京电）"
    assert len(_credited_sections([whole(wire), section(wire2)])) == 1
    assert len(_credited_sections([whole(wire), section(told2)])) == 2
    assert len(_credited_sections([whole(told), section(wire2)])) == 2
    # headed by more than its title, or credited to a reporter: an article of its own
    for head in ({"kicker": "两会·声音"}, {"subtitle": "——访江西"}, {"column": "声音"}, {"byline": "本报记者 程菲"}):
        assert len(_credited_sections([whole(told), section(told2, **head)])) == 2
    named = section(told2)
    named.authors = ["程菲"]
    assert len(_credited_sections([whole(told), named])) == 2
    assert len(_credited_sections([whole(told), Article(body=section(told2).body)])) == 2
    # the article above must hold a section so closed (the credit, then a subhead) and end on such a credit
    flat = whole(told)
    flat.body = [b for b in flat.body if b.type != "subhead"]
    assert len(_credited_sections([flat, section(told2)])) == 2
    uncredited = whole(told)
    uncredited.body[2] = Block("paragraph", "推动重庆高质量发展之路越走越宽。")
    assert len(_credited_sections([uncredited, section(told2)])) == 2
    uncredited.body[2] = Block("subhead", told)  # (a credit is a paragraph: read as a subhead, it is no section's end)
    assert len(_credited_sections([uncredited, section(told2)])) == 2
    open_end = whole(told)
    open_end.body = open_end.body[:-1]
    assert len(_credited_sections([open_end, section(told2)])) == 2
    assert len(_credited_sections([Article(title="两会·声音"), section(told2)])) == 2
    assert len(_credited_sections([whole(told), Article(title="千方百计让老百姓过上好日子")])) == 2
    unclosed = section(told2)
    unclosed.body = unclosed.body[:-1]
    assert len(_credited_sections([whole(told), unclosed])) == 2
    # a continuation stays where its marker puts it
    marked = section(told2)
    marked.continued_from = Continuation(3, "（上接第三版）")
    assert len(_credited_sections([whole(told), marked])) == 2
    above = whole(told)
    above.continues_to = Continuation(3, "（下转第三版）")
    assert len(_credited_sections([above, section(told2)])) == 2


def test_a_first_line_stopped_short_by_a_figure_runs_on_into_it():
    # 其他各类奖学金奖励高校学生 / 579.31 万人次，…: a paragraph's first line (two cells lost to the indent) that stopped
    # short because the figure opening the next line is set whole and did not fit; one paragraph.  Shorter by more
    # than the indent and the figure explain, it is a line of its own
    lines = [
        "各地学校的资助工作",
        "",
        "本报讯 （记者林青）教育部日前发布报告",
        "显示，去年全国共资助学生一亿余人次，资",
        "助资金总额比上年增长百分之八以上，各项",
        "资助政策全面落实，困难学生应助尽助。",
        "",
        "国家励志奖学金奖励学生78.31 万人，",
        "",
        "奖励金额共 39.26 亿元。其中，奖励专科",
        "生35.12万人，奖励金额 17.64亿元；奖励",
        "本科生 43.19 万人，奖励金额 21.62亿元。",
        "",
        "研究生学业奖学金奖励研究生 147.52",
        "万人，奖励金额112.35 亿元。",
        "",
        "其他各类奖学金奖励高校学生",
        "579.31 万人次，奖励金额 73.42 亿元。其",
        "中，奖励专科生 146.28万人次，奖励金额",
        "10.57亿元；奖励本科生410.66 万人次，奖",
        "励金额 41.23亿元；奖励研究生72.31 万人",
        "次，奖励金额 21.62亿元。",
        "",
        "报告说，资助工作还将继续加强，确保每一",
        "名学生都不因家庭经济困难而失学，让资助",
        "政策的阳光照到每一个需要帮助的孩子。",
    ]
    body = paragraphs("\n".join(lines))
    assert any(t.startswith("其他各类奖学金奖励高校学生579.31万人次，") for t in body), body
    assert "其他各类奖学金奖励高校学生" not in body
    assert any(t.startswith("研究生学业奖学金") and t.endswith("112.35亿元。") for t in body), body
    short = [*lines[:16], "其他各类奖学金共奖励学生", *lines[17:]]
    assert "其他各类奖学金共奖励学生" in paragraphs("\n".join(short))


SPEAKERS_PAGE = [
    "国际人士积极评价合作成果",
    "合作倡议为发展中国家提供了",
    "难得的机遇，我们对未来的合作充",
    "满信心，我们期待双方在农业、能",
    "源和基础设施等领域开展更多务实",
    "合作。",
    "越南共产党中央对外部部长黎",
    "怀忠：",
    "这一理念顺应时代潮流，改善",
    "了民生，我们期待双方在农业、能",
    "源和基础设施等领域开展更多务实",
    "合作。",
    "希腊共产党中央书记马科斯：",
    "我们对未来的合作充满信心，",
    "创造了大量就业岗位。",
    "埃及社会主义党总书记沙班：",
    "这一理念顺应时代潮流，我们",
    "对未来的合作充满信心。",
    "巴西劳工党国际关系书记罗莎：",
    "这一理念顺应时代潮流，创造",
    "了大量就业岗位，我们对未来的合",
    "作充满信心，帮助我们建设港口、",
    "铁路和公路。",
]


def test_a_line_two_cells_short_under_a_colon_opens_the_paragraph_the_colon_announces():
    # 希腊共产党中央书记马科斯： / 我们对未来的合作充满信心， / …: without blank lines, a line two cells short of the column
    # under a line ending on a colon, not ending its sentence, is the first line of a paragraph of its own (the
    # line-break model had run it on)
    body = paragraphs("\n".join(SPEAKERS_PAGE))
    assert "希腊共产党中央书记马科斯：" in body and "我们对未来的合作充满信心，创造了大量就业岗位。" in body, body
    assert "埃及社会主义党总书记沙班：" in body and "这一理念顺应时代潮流，我们对未来的合作充满信心。" in body, body


def test_a_short_line_under_a_colon_that_ends_its_sentence_stays_in_the_paragraph():
    # …齐声高高兴兴地一起喊道： / “白天鹅！白天鹅！”: two cells short too, but ending its sentence: the quotation the
    # colon opens, the paragraph's last line
    lines = [
        "湿地迎来越冬候鸟",
        "本报南昌1月5日电 （记者",
        "林青）清晨的湖面上雾气缭",
        "绕，游客们沿着栈道缓缓前",
        "行。天空中忽然传来一阵清",
        "脆的鸣叫声，一群白鸟在湖",
        "面上空盘旋良久。正在岸边",
        "喂鱼的孩子们齐刷刷抬起头",
        "来，拍着小手使劲鼓掌，齐",
        "声高高兴兴地一起喊道：",
        "“白天鹅！白天鹅！”",
        "“老李，东边的芦苇",
        "荡里又来了一群，你赶紧过",
        "去看看。”保护站站长对着",
        "对讲机说道。今年入冬以来",
        "到这里越冬的候鸟明显增多。",
    ]
    body = paragraphs("\n".join(lines))
    assert any(t.endswith("齐声高高兴兴地一起喊道：“白天鹅！白天鹅！”") for t in body), body


def test_the_colon_rule_reads_cjk_lines_and_not_a_source_label():
    # the rule's own conditions, on the lines as the reflow measures them: a source label's colon (数据来源：) is
    # followed by the source's name, not a paragraph; figures and Latin (an e-mail address, a date) are measured
    # too roughly to tell two cells
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct import reflow as R

    def pair(above: str, below: str, under: str = "量明显增加，湖区成为城市生态典") -> bool:
        page = [
            "近年来，东湖周边持续推进生态修",
            "复，水质逐年改善，候鸟种类和数",
            above,
            below,
            under,
            "近年来，东湖周边持续推进生态修",
        ]
        pl, _ = R._features(text_to_lines("\n".join(page)))
        R._column_widths(pl)
        return R._first_line_under_colon(pl, 3, pl[2])

    assert pair("量明显增加，湖区成为城市生态：", "东湖生态旅游风景区管理委员")
    assert not pair("量明显增加，湖区成为城市生态：", "东湖生态旅游风景区管理委员会")  # (one cell short)
    assert not pair("量明显增加，湖区成为城市生态：", "东湖生态旅游风景区管理委")  # (three)
    assert not pair("量明显增加，湖区成为城市生态。", "东湖生态旅游风景区管理委员")
    # (a line ending its sentence: the colon's, unless a full line is under it, which no paragraph's last line has)
    assert not pair("量明显增加，湖区成为城市生态：", "东湖生态旅游风景区管理委。", "量明显增加。")
    assert pair("量明显增加，湖区成为城市生态：", "东湖生态旅游风景区管理委。")
    assert not pair("量明显增加，湖区的数据来源：", "东湖生态旅游风景区管理委员")
    assert not pair("量明显增加，湖区成为城市生态：", "dhfjq2020@126.com 东湖旅游")
    assert not pair("量明显增加，湖区成为城市2020：", "东湖生态旅游风景区管理委员")


def test_a_first_line_ending_its_sentence_under_a_colon_at_the_column_s_edge_opens_a_paragraph():
    # text without blank lines: a sentence announcing a list ends on a colon at the column's edge (…坚决打好打赢这场疫情
    # 防控阻击战：), and the list's first item's first line ends its sentence two cells short with a full line under it
    # (一是全面升级各项防控措施。 / 全省启动…): a first line, as no paragraph's last line has a full line under it
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    lead = wrap("省长介绍，面对严峻的疫情，全省上下从四个方面全力以赴，坚决打好打赢这场疫情防控阻击战：", 15)
    item = wrap("一是全面升级各项防控措施。全省启动一级响应机制，进入一级战备状态，各级党委政府迅速行动起来。", 15)
    assert len(lead[-1]) == 15 and len(item[0]) == 13 and len(item[1]) == 15
    more = wrap("二是全方位切断疫情的传播途径，全省所有交通枢纽实行体温检测和健康登记。", 15)
    got, _ = reflow(text_to_lines("\n".join([*lead, *item, *more])))
    assert [u.text for u in got] == ["".join(lead), "".join(item), "".join(more)]


@pytest.mark.parametrize(
    "item",
    [
        "领导人的战略引领。建交28年来，中乌高层交往密切，为两国关系快速健康发展发挥了重要引领作用。",
        "一是稳就业。今年1至4月全国城镇新增就业354万人，就业形势总体稳定。",
    ],
)
def test_a_first_line_with_figures_exactly_two_cells_short_under_a_colon_opens_a_paragraph(item):
    # text without blank lines (pdftotext): …主要得益于以下四点： at the column's edge, then 领导人的战略引领。建交28年, two
    # cells short by the figures' measure and a full line under it: the first line of the item the colon announces.
    # A line holding figures had always run on under a full line (measured roughly), unless it opened on a date
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    lead = wrap("大使介绍，中乌关系之所以能够历久弥坚，不断迸发出耀眼的光芒，我看这主要得益于以下四点：", 15)
    lines = wrap(item, 15)
    assert text_width(lead[-1]) == 15 and text_width(lines[0]) == 13 and text_width(lines[1]) >= 14.5
    more = wrap("二是务实合作的互利共赢。双方经贸合作规模不断扩大，为两国人民带来了实实在在的好处。", 15)
    got, _ = reflow(text_to_lines("\n".join([*lead, *lines, *more])))
    assert [u.text for u in got] == ["".join(lead), "".join(lines), "".join(more)]


def test_a_line_with_figures_two_cells_short_under_a_full_line_without_a_colon_runs_on():
    # (the same measure in a paragraph's middle, 人员已达到了2019年的两倍，新增 under a full line that announces nothing:
    # the figures set wider than measured; the paragraph goes on)
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    lines = [
        "会议强调，要坚持稳中求进工作总基调，",
        "统筹推进疫情防控和经济社会发展各项",
        "工作。据统计，去年全市新增城镇就业",
    ]
    lines += [
        "人员已达到了2019年的两倍，新增",
        "市场主体超过十二万户，各项经济指标",
        "稳中向好，全年地区生产总值增长较快。",
    ]
    assert text_width(lines[3]) == text_width(lines[2]) - 2
    got, _ = reflow(text_to_lines("\n".join(lines)))
    assert [u.text for u in got] == ["".join(lines)]


def test_a_dateline_under_a_finished_sentence_opens_an_article_whose_headline_is_printed_after_it():
    # pdftotext -raw, no blank lines: an untitled report ends (…唯有坚守。”小张说。), a dateline opens the next report
    # in the same run, and that report's headline follows its one paragraph. The dateline alone had not been
    # evidence enough: the headline went back over both reports as one article.
    report = (
        "本报北京1月24日电 （记者王明）近日，多地陆续发生流感疫情，防控形势严峻。为支持做好防控工作，"
        "财政部紧急下拨补助资金10亿元，支持各地开展防控相关工作。"
    )
    lines = [
        *wrap("除夕这天，街上行人不多，记者走访了几处公共场所，感受城市的年味和坚守。", 17),
        *wrap("雨点冰冷，机器轰鸣。晚上九点，城郊的空地上灯火通明，上百台挖机和推土机正在忙碌。", 17),
        *wrap("“我们别无选择，唯有坚守。”小张说。", 17),
        *wrap(report, 17),
        "财政部下拨防控",
        "补助资金10亿元",
        *wrap("一封封请战书、一条条宽慰信、一颗颗滚烫的心。这个除夕，白衣天使们逆向而行的身影让无数人感动。", 17),
        "致敬！逆行的白衣天使",
    ]
    first, second, third = banmian.parse_text("\n".join(lines)).articles
    assert first.title is None and first.body[-1].text.endswith("小张说。")
    assert second.title == "财政部下拨防控补助资金10亿元"
    assert len(second.body) == 1 and second.body[0].text.startswith("本报北京1月24日电")
    assert third.title == "致敬！逆行的白衣天使"


@pytest.mark.parametrize("blanks", [False, True])
def test_a_box_after_a_dash_lead_ins_title_printed_after_the_body_opens_the_next_headline(blanks):
    # 国家卫健委新闻发布会介绍社区防控—— / 主动报告、主动隔离、 / 主动参与群控 / 战胜疫情 我们有力量, printed after the
    # body of the first report: a lead-in on a dash has its title and no subtitle (2 of 人民日报's 732 such kickers
    # have one), so the last box is the next report's title, with blank lines between the boxes (pdfminer) or
    # without them (pdftotext -raw, where the box model tells the boxes apart)
    first = (
        "本报长沙1月29日电 （记者王明）市卫健委29日举行新闻发布会，介绍社区防控工作进展。有关负责人表示，"
        "社区是联防联控的第一线，要发动群众主动报告、主动隔离、主动参与群控，早日战胜疫情。"
    )
    first_2 = "该负责人介绍，全市各社区已经组织网格员逐户排查，对返乡人员登记造册，并为居家观察的群众提供生活保障服务。"
    second = (
        "本报长沙1月29日电 连日来，全市检察机关依法从严从快办理妨害防控的刑事案件，"
        "对哄抬物价、制假售假等违法行为予以严厉打击。"
    )
    second_2 = "市检察院有关负责人表示，将加强与公安机关的协作配合，依法保障防控秩序。"
    gap = [""] if blanks else []
    lines = [
        *wrap(first, 17),
        *gap,
        *wrap(first_2, 17),
        *gap,
        "市卫健委发布会介绍社区防控——",
        *gap,
        "主动报告、主动隔离、",
        "主动参与群控",
        *gap,
        "战胜疫情 我们有力量",
        *gap,
        *wrap(second, 17),
        *gap,
        *wrap(second_2, 17),
    ]
    a, b = banmian.parse_text("\n".join(lines)).articles
    assert (a.kicker, a.title, a.subtitle) == ("市卫健委发布会介绍社区防控——", "主动报告、主动隔离、主动参与群控", None)
    assert b.title == "战胜疫情 我们有力量" and b.body[-1].text.startswith("市检察院有关负责人")


def test_only_a_heading_box_after_a_dash_lead_ins_title_counts_as_more_headline():
    # the reporters' names or a byline under the title close the headline printed after its body; the title's own
    # second line (主动报告、主动隔离、 / 主动参与群控) is no box of its own
    from banmian.pipeline import text_to_lines
    from banmian.reconstruct import assemble as A

    body = wrap("本报长沙1月29日电 市卫健委29日举行新闻发布会，介绍社区防控工作进展，有关负责人回答了记者提问。", 17)

    def past_lead_in(*tail: str) -> bool:
        lines = [*body, "市卫健委发布会介绍社区防控——", "主动报告、主动隔离、", "主动参与群控", *tail, *body]
        _, _, _, groups, _ = A.read_page(text_to_lines("\n".join(lines)))
        (group,) = [g for g in groups if not g.virtual]
        return A._past_lead_in(group.units)

    assert past_lead_in("战胜疫情 我们有力量")
    assert not past_lead_in()
    assert not past_lead_in("王明 李华")
    assert not past_lead_in("□本报记者 王明")


def report_in_sections() -> list[str]:
    """A report whose two sections are headed by two short lines each (a set of alike subheads), set at 17 cells."""
    intro = "新年伊始，各地农村处处涌动着发展的热潮。记者在多个村庄走访看到，乡村道路宽了，村容村貌美了，群众的日子越过越红火。"
    square = "村里修起了文化广场，农闲时节，村民们在这里跳广场舞、看露天电影，精神生活越来越丰富。"
    land = "合作社把分散的土地流转起来，统一种植、统一销售，去年每亩地增收八百多元。"
    return [
        "乡村处处新气象",
        *wrap(intro, 17),
        "文化广场",
        "丰富村民精神生活",
        *wrap(square, 17),
        "土地流转",
        "合作社带来新收入",
        *wrap(land, 17),
    ]


@pytest.mark.parametrize(
    "column, opens",
    [("人民时评", True), ("国际论坛", True), ("快评", True), ("记者手记", False), ("中国发展高层论坛", False)],
)
def test_a_commentary_column_over_a_headline_opens_an_article_among_subheads_of_its_shape(column, opens):
    # 人民时评 / 根治欠薪彰显治理温度 under a report whose sections are headed by two short lines: a set of alike
    # subheads had taken the column and its title in; a commentary's column heads its own article. The reporter's
    # notes (记者手记) close the report above, and a line that only ends like a column (…高层论坛) is no column name.
    village = "“这几年村里变化太大了。”一位村民告诉记者，全面小康的梦想正一步步照进现实。"
    wages = (
        "农民工辛苦一年，拿到工资回家过年，是最朴素的心愿。加快建立确保农民工拿到辛苦钱的长效机制，是各级政府的责任。"
    )
    rules = "根治欠薪，既要靠制度，也要靠执行。只有把制度落到实处，才能让每一位劳动者都感受到治理的温度。"
    lines = [
        *report_in_sections(),
        *wrap(village, 17),
        column,
        "根治欠薪彰显治理温度",
        *wrap(wages, 17),
        *wrap(rules, 17),
    ]
    articles = banmian.parse_text("\n".join(lines)).articles
    if opens:
        assert [(a.column, a.title) for a in articles] == [(None, "乡村处处新气象"), (column, "根治欠薪彰显治理温度")]
        assert articles[1].body[0].text.startswith("农民工辛苦一年")
    else:
        assert len(articles) == 1 and column in [b.text for b in articles[0].body if b.type == "subhead"]


def test_only_a_finished_sentence_over_a_dateline_weighs_for_a_new_article(monkeypatch):
    # a headline's deck read as paragraphs (…增强一线疾控人员的荣誉感和使命感, no stop) over the dateline that opens
    # the article's body: the dateline stays in the article however much a finished sentence there would weigh
    from banmian.reconstruct import assemble as A

    monkeypatch.setattr(A, "VIRTUAL_SENTENCE_END", -20.0)
    lines = [
        "省委书记在参加代表团审议时强调",
        "织牢织密公共卫生防护网",
        "",
        "健全基层防控网络是当务之急。要",
        "完善社区联防联控机制，强化各级",
        "医疗机构疾病预防职责，夯实联防",
        "联控的基层基础",
        "",
        "疫情监测预警贵在及时、准确。要",
        "改进异常健康事件监测机制，提高",
        "评估监测的敏感性和准确性，加强",
        "重大疫情应对处置能力建设，增强",
        "一线疾控人员的荣誉感和使命感",
        "",
        "本报长沙5月24日电 省委书记24",
        "",
        "日下午参加代表团审议，同代表们",
        "一起谋划推进公共卫生体系建设。",
        "省委书记指出，公共卫生安全是",
        "人民群众生命健康的重要保障，要",
        "在总结经验的基础上，补短板、堵",
        "漏洞、强弱项，织牢织密防护网。",
    ]
    (article,) = banmian.parse_text("\n".join(lines)).articles
    assert any(b.text.startswith("本报长沙5月24日电") for b in article.body)


@pytest.mark.parametrize(
    "line, opens",
    [
        ("实干成就未来（人民论坛）", True),
        ("实干成就未来（大家手笔）", True),
        ("实干成就未来（治理者说）", True),
        ("实干成就未来（金台随感·“生态笔谈”①）", True),
        ("实干成就未来（记者手记）", False),
    ],
)
def test_a_heading_closing_on_a_commentary_columns_tag_is_a_title(line, opens):
    # 奋斗创造历史， / 实干成就未来（人民论坛） under a report whose sections are headed by two short lines: a column's
    # tag closes an article's title (572 titles of 人民日报, no subhead), so a commentary opens there; the reporter's
    # notes (（记者手记）) are the report's own last section
    first = "时间新故相推，实干接续发力。奋斗的人们最幸福，奋进的国家正青春。"
    second = "幸福是奋斗出来的。刚刚过去的一年，我们经受住了各种考验，靠的就是实干，靠的就是一步一个脚印的努力。"
    lines = [
        *report_in_sections(),
        "奋斗创造历史，",
        line,
        *wrap(first, 17),
        *wrap(second, 17),
    ]
    articles = banmian.parse_text("\n".join(lines)).articles
    if opens:
        assert [a.title for a in articles] == ["乡村处处新气象", "奋斗创造历史，" + line]
        assert articles[1].body[0].text.startswith("时间新故相推")
    else:
        assert len(articles) == 1 and any(b.text == line for b in articles[0].body if b.type == "subhead")


_REPORTERS = [
    (
        "青海乌兰县巴音村第一书记白海龙",
        "不松劲儿，再难的关也能闯",
        "本报记者 姜峰",
        [
            "头次登门，家里男人正蹲在门槛上抽烟，第一书记来是摸摸底，问问搬迁以后的打算。",
            "碰了钉子，白海龙仍反复登门，又是带夫妻俩去景区，又是参观先富户，终于开起了家庭旅馆。",
        ],
    ),
    (
        "宁夏固原市和润村村支书苗永俊",
        "既然来了，就不能辜负组织的信任",
        "本报记者 刘峰",
        [
            "山城迎来初雪，一排排屋舍整齐排列，村支书不停穿梭在村道间，挨家挨户查看温棚。",
            "移民新村没有基础，就先从土地入手，他一边组织村民种菜，一边联系专家现场授课。",
        ],
    ),
    (
        "山东商河县孙集镇党委副书记戴慧英",
        "直播，让瓜果更有魅力",
        "本报记者 肖家鑫",
        [
            "搞直播，负责直播的公司老板从没见过这么多要求的人，灯光、布景都要一遍遍地调。",
            "直播期间十几万人观看，两千多人下单，西红柿和甜瓜卖出了好价钱，电商路越走越宽。",
        ],
    ),
    (
        "广东珠海对口帮扶干部卢仰之",
        "只要肯用心，生活比蜜甜",
        "本报记者 姜晓丹",
        [
            "从珠海来到怒江，他走遍了帮扶的每一个村寨，把蜂蜜合作社办到了大山深处。",
            "如今合作社的蜂蜜通过网店卖到全国各地，入社的农户每年都能多挣好几千元。",
        ],
    ),
]


def _reporters_page(sections=_REPORTERS, byline=None, dated: bool = False, width: int = 16) -> str:
    """A feature of sections, each under two heading lines (who, a quote) and its reporter's byline, its text in a
    column ``width`` cells wide."""
    lines = ["走出贫困 咱们这样干", ""]
    for p in ["国家扶贫日到来之际，本版聚焦几位扶贫干部，倾听他们在脱贫攻坚一线的故事。"] * 2:
        lines += [*wrap(p, width), ""]
    for who, quote, reporter, texts in sections:
        lines += [who, "", *([quote, ""] if quote else []), byline or reporter, ""]
        for i, p in enumerate(texts):
            lines += [*wrap(("本报西宁10月16日电 " if dated and not i else "") + p, width), ""]
    return "\n".join(lines)


def test_sections_each_under_its_reporters_byline_are_subheads_of_one_feature():
    # 青海…第一书记白海龙 / 不松劲儿，再难的关也能闯 / 本报记者 姜峰 between paragraphs, three such groups near one another:
    # sections of one feature (on the pdfminer development folders 60 of 62 such groups are subheads in the records),
    # not three reports; two such groups, one heading line over each byline, a □本报记者 byline (an article's), a
    # dateline under the byline (a report of its own) or a wide line over them (the feature's title) leave them to the
    # subhead model
    from banmian.reconstruct.assemble import _reporters_sections, read_page
    from banmian.sources.text import text_to_lines

    page = banmian.parse_text(_reporters_page())
    (feature,) = page.articles
    assert feature.title == "走出贫困 咱们这样干"
    subheads = [b.text for b in feature.body if b.type == "subhead"]
    assert subheads == [t for who, quote, _, _ in _REPORTERS for t in (who, quote)]
    assert [b.text for b in feature.body if b.text.startswith("本报记者")] == [r for _, _, r, _ in _REPORTERS]

    def forced(text: str) -> dict:
        _, _, runs, groups, _ = read_page(text_to_lines(text))
        return _reporters_sections(runs, groups)

    assert sorted(forced(_reporters_page())) and all(forced(_reporters_page()).values())
    assert forced(_reporters_page(_REPORTERS[:2])) == {}
    assert forced(_reporters_page(byline="□本报记者 王明")) == {}
    assert len(forced(_reporters_page(byline="本报驻埃及记者 周輖"))) == len(_REPORTERS)  # (a correspondent's)
    assert forced(_reporters_page(dated=True)) == {}
    wide = [("让党旗在防控疫情斗争第一线高高飘扬来自一线的报道", *_REPORTERS[0][1:]), *_REPORTERS[1:]]
    assert len(forced(_reporters_page(width=28))) == 4 and len(forced(_reporters_page(wide, width=28))) == 3
    short = [("财经观", *s[1:]) for s in _REPORTERS]
    assert forced(_reporters_page(short)) == {}
    assert forced(_reporters_page([(who, "", *rest) for who, _, *rest in _REPORTERS])) == {}


def test_a_heading_under_a_sections_number_on_its_own_line_is_a_subhead():
    # …绚丽新篇。 / （六） / “向世界展现真实、 / 立体、全面的中国” / 当中国日益走近…: the quote is the sixth section's heading
    # (on nine development folders 34 groups stand under such a number, all subheads in the records); with
    # no number over it the group is left to the subhead model
    from banmian.reconstruct.assemble import _document_sections, read_page
    from banmian.sources.text import text_to_lines

    above = wrap("新时代中国正以更加坚定的文化自信，书写文化创新创造活力竞相迸发的绚丽新篇。", 14)
    below = wrap("当中国日益走近世界舞台中央，增强国际话语权、提升国家形象的任务更加紧迫。", 14)

    def sections(number: list[str]) -> dict:
        lines = ["彩云长在有新天", "", *above, *number, "", "“向世界展现真实、", "立体、全面的中国”", "", *below, ""]
        _, _, runs, groups, _ = read_page(text_to_lines("\n".join(lines)))
        assert [u.text for u in groups[-1].units] == ["“向世界展现真实、", "立体、全面的中国”"]
        return _document_sections(runs, groups)

    assert sections(["（六）"]) == {1: True}
    assert sections([]) == {}


def test_a_paragraphs_first_line_read_as_a_heading_line_goes_back_to_it():
    # 两岸关系的走向， / 归根结底是由祖国大陆 / 的发展进步决定的。…: without blank lines the first line (two cells short of the
    # paragraph's measure, its lost indent) was read as a heading line while the paragraph's own first line stands at the
    # full measure; with a comma in it, or a word run across into the paragraph, it is the paragraph's (on ten
    # development folders 22 such lines open a paragraph in the records, one is a headline)
    import dataclasses

    from banmian.reconstruct.assemble import _first_lines_back
    from banmian.reconstruct.reflow import Unit, reflow
    from banmian.sources.text import text_to_lines

    def split(first: str, rest: list[str], blank: bool = False) -> list:
        text = "\n".join(["前行。", "", first, *([""] if blank else []), *rest])
        units, _ = reflow(text_to_lines(text))
        lines = [ln for u in units[1:] for ln in u.lines]
        assert [ln.text for ln in lines] == [first, *rest]
        return [units[0], Unit("heading", lines[:1]), Unit("paragraph", lines[1:], blank_before=blank)]

    rest = ["归根结底是由产业升级", "的步伐决定的。新的一", "年里，各项工作还要继", "续推进，争取更大成效。"]
    back = _first_lines_back(split("城市发展的方向，", rest))
    assert [u.kind for u in back] == ["paragraph", "paragraph"] and back[1].text.startswith("城市发展的方向，归根")
    # a word run across the break (发 / 展), no comma: the same
    crossing = ["展，归根结底靠产业升级", "的步伐。新的一年，各项", "工作还要继续推进。"]
    assert len(_first_lines_back(split("城市经济要高质量发", crossing))) == 2
    # a headline's words, whole, over the paragraph; a sentence ended; a dateline under it; a line of another width:
    # left as read
    read = split("城市发展的方向，", rest)
    for units in (
        [read[0], Unit("heading", read[1].lines), Unit("heading", read[2].lines)],  # (no paragraph under it)
        [read[0], Unit("paragraph", read[1].lines), read[2]],  # (a paragraph already)
        [read[0], Unit("heading", read[1].lines * 2), read[2]],  # (only a line alone goes back)
        # (a paragraph whose own first line is short, its indent: 城市，发展的 is no line of it)
        [
            read[0],
            split("城市，发展的", ["城市发展的方向，", *rest])[1],
            Unit("paragraph", read[1].lines + read[2].lines),
        ],
    ):
        assert [u.kind for u in _first_lines_back(units)] == [u.kind for u in units]
    # with a font size the PDF reader gives, the reading stands
    sized = read[1].lines[0]
    sized.src = dataclasses.replace(sized.src, size=16.0)
    assert [u.kind for u in _first_lines_back(read)][1:] == ["heading", "paragraph"]
    for first, below, blank in [
        ("城市发展方向明确", rest, False),
        ("发展，方向定了。", rest, False),
        ("城市发展的方向，", ["本报北京1月2日电 产业", *rest[1:]], False),
        ("城市发展的方向，看", rest, False),
        ("归根结底是由产业", rest, True),  # (a headline the paragraph says again)
    ]:
        assert [u.kind for u in _first_lines_back(split(first, below, blank))][1:] == ["heading", "paragraph"], first
    # a blank between (a column's jump): the line at its own column's first-line measure goes back, comma or not
    # (pdfminer development folders: 16 such lines open a paragraph in the records, none is a heading)
    for first in ("城市发展的方向，", "城市发展方向明确"):
        assert [u.kind for u in _first_lines_back(split(first, rest, True))][1:] == ["paragraph"], first
        units = split(first, rest, True)
        units[1].lines[0].col = 12.0  # (a line four cells short of its column: no first line's measure)
        assert [u.kind for u in _first_lines_back(units)][1:] == ["heading", "paragraph"], first


_DEPUTIES = [
    (
        "周义哲代表",
        "不挣卖树钱 甘当护林人",
        "守护林场二十多年，他和同事们种下的树苗已经长成一片林海，山上的野生动物也多了起来。",
    ),
    (
        "格桑德吉代表",
        "回西藏教书 育高原雪莲",
        "大学毕业后她回到家乡的小学教书，一间教室一块黑板，让更多孩子走出大山看看外面的世界。",
    ),
    (
        "王树国代表",
        "扬西迁精神 攀科技高峰",
        "学校的实验室里，年轻的科研人员正在调试新设备，一项项成果从这里走向生产一线。",
    ),
]


def _deputies_page(sections=_DEPUTIES) -> str:
    """A piece of deputies' sections, each under the deputy's name and what they said."""
    lines = ["代表通道开启 六位代表畅谈", ""]
    for p in ["五月二十五日，十三届全国人大三次会议第二场代表通道开启，几位代表通过视频方式畅谈履职故事。"] * 2:
        lines += [*wrap(p, 16), ""]
    for name, said, text in sections:
        lines += [name, "", *([said, ""] if said else [])]
        for p in (text, text):
            lines += [*wrap(p, 16), ""]
    return "\n".join(lines)


def test_sections_under_deputies_names_are_subheads_of_one_piece():
    # 周义哲代表 / 不挣卖树钱 甘当护林人 between paragraphs, three such groups near one another: sections of one piece (on
    # thirteen development and check folders 60 such groups, all subheads in the records); two such groups, a name alone,
    # a name with its office (11 such groups in sets open an article in the records) or a group over no paragraph are
    # left to the subhead model
    from banmian.reconstruct.assemble import _deputies_sections, read_page
    from banmian.sources.text import text_to_lines

    def forced(text: str) -> dict:
        _, _, runs, groups, _ = read_page(text_to_lines(text))
        return _deputies_sections(runs, groups)

    assert len(forced(_deputies_page())) == 3 and all(forced(_deputies_page()).values())
    assert forced(_deputies_page(_DEPUTIES[:2])) == {}
    assert forced(_deputies_page([(n, "", t) for n, _, t in _DEPUTIES])) == {}  # (a name alone)
    office = [("北京市人民检察院检察长敬大力代表", *_DEPUTIES[0][1:]), *_DEPUTIES[1:]]
    assert forced(_deputies_page(office)) == {}
    assert forced(_deputies_page([(n, s, t) for n, s, t in _DEPUTIES]) + "\n\n马建国委员\n\n守护一方碧水\n") == {
        1: True,
        2: True,
        3: True,
    }
    (piece,) = banmian.parse_text(_deputies_page()).articles
    assert [b.text for b in piece.body if b.type == "subhead"] == [t for n, s, _ in _DEPUTIES for t in (n, s)]


_QUOTE = "唯有集中力量办大事、走好全国一盘棋，统筹兼顾、协调联动，才能打赢这场没有硝烟的战争"


def _commentaries(
    quote: str = _QUOTE,
    above: str = "确保实现今年经济发展目标任务。",
    echo_at: tuple[int, ...] = (2,),
    headline: bool = True,
) -> str:
    """A commentary's body under a headline, then a pull quote over the next commentary's body, which says the quote
    again in its paragraphs ``echo_at`` (1: the first); that commentary's headline printed after its body."""
    paras = [
        "这段时间，一个医护人员支援武汉的短视频广为流传，全国上下凝聚起众志成城的磅礴力量。",
        "疫情防控不只是医药卫生问题，而是全方位的工作，需要各地区各部门协同配合。",
        "各地区各部门必须增强大局意识，坚决服从统一指挥，既要防止疫情扩散，也要保障群众生活。",
    ]
    for at in echo_at:
        paras.insert(at - 1, "作为一项系统性工程，" + quote + "。")
    lines = ["努力实现今年经济发展目标任务（人民时评）", ""]
    for p in (
        "面对疫情这只“黑天鹅”，不能掉以轻心，必须严阵以待，经济发展目标任务必须完成。",
        "补短板、强弱项、抓机遇，" + above,
    ):
        lines += [*wrap(p, 19), ""]
    for p in (quote, *paras):
        lines += [*wrap(p, 17), ""]
    if headline:
        lines += ["梁娴娜 杨真", "", " 评论员观察", "", "防控疫情，下好全国一盘棋", ""]
    return "\n".join(lines)


def test_a_pull_quote_said_again_below_it_may_open_an_article():
    # 唯有集中力量办大事…才能打赢这场没有硝烟的战争 between paragraphs, said again two paragraphs below: a commentary's
    # pull quote over its body (人民日报 2019–2020: 440 records open on such a quote); a boundary may fall there, as at a
    # dateline. Not a quotation (a speaker's words quoted mid-report), nor a quote said again at once (a section's
    # lead-in), nor one under a sentence left open, nor a finished sentence
    from banmian.reconstruct.assemble import read_page
    from banmian.sources.text import text_to_lines

    def cut_before(text: str) -> list[str]:
        _, _, runs, groups, _ = read_page(text_to_lines(text))
        return [runs[gi + 1].units[0].text[:6] for gi, g in enumerate(groups) if g.virtual and g.pull_quote]

    assert cut_before(_commentaries()) == [_QUOTE[:6]]
    assert cut_before(_commentaries(echo_at=(3,))) == [_QUOTE[:6]]
    assert cut_before(_commentaries("“" + _QUOTE + "”")) == []
    assert (
        cut_before(_commentaries("（本报记者 郑海鸥采访整理）")) == []
    )  # (a line closing a section, said again under the next)
    assert cut_before(_commentaries(echo_at=(1, 3))) == []
    assert cut_before(_commentaries(above="确保实现今年经济发展目标任务，")) == []
    assert cut_before(_commentaries(_QUOTE + "。")) == []
    assert cut_before(_commentaries(_QUOTE * 2)) == []  # (too long for a pull quote)
    assert cut_before(_commentaries("实施10年禁捕，多数鱼类可以完成三个世代的繁殖周期")) == []  # (a report's figure)
    assert (
        cut_before(_commentaries().replace("作为一项系统性工程，唯有", "作为一项系统性工程，只有")) == []
    )  # (never said again)
    arts = banmian.parse_text(_commentaries()).articles
    assert [(a.column, a.title, a.body[0].text) for a in arts] == [
        (
            None,
            "努力实现今年经济发展目标任务（人民时评）",
            "面对疫情这只“黑天鹅”，不能掉以轻心，必须严阵以待，经济发展目标任务必须完成。",
        ),
        ("评论员观察", "防控疫情，下好全国一盘棋", _QUOTE),
    ]
    # a pull quote in a body with no headline after it to take it stays in its article
    assert len(banmian.parse_text(_commentaries(headline=False)).articles) == 1


def test_a_first_box_saying_who_calls_for_the_title_is_its_kicker():
    # 多国政党政要呼吁 / 加强抗疫合作，携手应对风险挑战: the title model read a comma in the second box as a subtitle's;
    # a first box ending on 呼吁, 宣布, 倡议… introduces what the title says
    body = [
        ["本报北京5月14日电 多国政党政要近日发表联合声明，表示愿同中国加强合作，共同应对风险挑战。"],
        ["他们表示，病毒没有国界，各国应团结合作，携手应对这场全球性挑战，维护人类健康安全。"],
    ]
    (art,) = banmian.parse_text(_page("多国政党政要呼吁", "加强抗疫合作，携手应对风险挑战", *body)).articles
    assert (art.kicker, art.title, art.subtitle) == ("多国政党政要呼吁", "加强抗疫合作，携手应对风险挑战", None)


def test_two_boxes_each_giving_a_quantity_are_a_title_over_its_subtitle(monkeypatch):
    # 我国易地扶贫搬迁已入住947万人 / 累计建成安置住房266万余套: two facts with their figures, the news over the next (in
    # 人民日报 2019–2020 31 such headlines are a title and its subtitle, 2 a kicker and its title), whatever the title model
    # says (here made to read every pair as a kicker over its title); not where the first box leads in (…强调), nor
    # where a box's figure is one numeral's count (落实“四个最严”要求), nor where only one box gives a figure
    from banmian.reconstruct import assemble as A

    monkeypatch.setattr(A, "_title_logit", lambda x: 5.0)
    body = [
        ["本报北京5月5日电 记者从国家发展改革委获悉，全国易地扶贫搬迁安置住房建设任务已全面完成。"],
        ["据介绍，各地累计建成集中安置区约3.5万个，配套建设中小学和幼儿园6100多所。"],
    ]

    def head(b0: str, b1: str) -> tuple:
        (art,) = banmian.parse_text(_page(b0, b1, *body)).articles
        return art.kicker, art.title, art.subtitle

    assert head("我国易地扶贫搬迁已入住947万人", "累计建成安置住房266万余套") == (
        None,
        "我国易地扶贫搬迁已入住947万人",
        "累计建成安置住房266万余套",
    )
    assert head("城镇新增就业一千三百五十二万人", "就业形势总体稳定目标任务全面完成")[0] is not None
    assert head("国家发改委负责人介绍搬迁947万人时强调", "累计建成安置住房266万余套")[0] is not None
    assert head("落实“四个最严”要求保障食品安全", "累计建成安置住房266万余套")[0] is not None


def test_a_meeting_over_what_it_did_and_a_kicker_over_what_is_to_be_done(monkeypatch):
    # 全国政协十三届三次会议闭幕 / 听取…: a meeting that closed or heard a report, over what it did, is a title over its
    # subtitle (人民日报 2019–2020: 16 and 17 two-field headlines so, no kicker and title); a second box opening on 确保 or
    # 把 is the title under its kicker (47 to 1): whatever the title model says (here made to say the other), in
    # headlines of two boxes whose first does not lead in
    from banmian.reconstruct import assemble as A

    body = [
        ["本报北京5月27日电 政协第十三届全国委员会第三次会议27日下午在人民大会堂闭幕，汪洋主持闭幕会。"],
        ["会议听取并审议了常务委员会工作报告，通过了各项决议，委员们表示要为决胜全面小康贡献力量。"],
    ]

    def head(*boxes: str, logit: float) -> tuple:
        monkeypatch.setattr(A, "_title_logit", lambda x: logit)
        (art,) = banmian.parse_text(_page(*boxes, *body)).articles
        return art.kicker, art.title, art.subtitle

    meeting = "全国政协十三届三次会议闭幕"
    assert head(meeting, "凝心聚力共促民族复兴", logit=5.0) == (None, meeting, "凝心聚力共促民族复兴")
    held = "十三届全国人大常委会第十七次会议在京举行"
    assert head(held, "听取关于疫情防控工作情况的报告", logit=5.0) == (None, held, "听取关于疫情防控工作情况的报告")
    said = "代表委员热议政府工作报告"
    assert head(said, "确保如期全面建成小康社会", logit=-5.0) == (said, "确保如期全面建成小康社会", None)
    assert head(said, "把人民利益放在首位", logit=-5.0) == (said, "把人民利益放在首位", None)
    # (not where the first box leads in, nor in a headline of three boxes)
    assert (
        head("栗战书在常委会会议上强调", "听取关于疫情防控工作情况的报告", logit=5.0)[0] == "栗战书在常委会会议上强调"
    )
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    units, _ = reflow(text_to_lines(f"{meeting}\n\n凝心聚力共促民族复兴\n\n共绘发展新蓝图"))
    assert A._title_box([units[:1], units[1:2]]) == 0
    assert A._title_box([units[:1], units[1:2], units[2:]]) == 1  # (the model's answer, 5.0)


def test_a_trip_over_what_was_done_there_and_a_news_over_a_briefing_on_how_things_stand(monkeypatch):
    # 国务院联防联控机制联络组赴武汉 / 调研检查5所学校复学复课防控工作: who went where leads in, the title says what was
    # done there (人民日报 2019–2020: 17 two-field headlines with 赴 in the first box, all kicker and title); a second box
    # on how things stand (…吹风会介绍有关情况) is the subtitle of the news over it (22 with 情况 in the second box, all
    # title and subtitle): whatever the title model says (here made to say the other); 全力以赴 and 将赴 are no trip made
    from banmian.reconstruct import assemble as A

    body = [
        ["新华社北京5月8日电 国务院联防联控机制联络组8日来到武汉市多所学校，检查复学复课准备工作。"],
        ["联络组要求，各学校要细化防控方案，落实晨午检制度，确保师生健康安全，稳妥有序推进复学复课。"],
    ]

    def head(b0: str, b1: str, logit: float) -> tuple:
        monkeypatch.setattr(A, "_title_logit", lambda x: logit)
        (art,) = banmian.parse_text(_page(b0, b1, *body)).articles
        return art.kicker, art.title, art.subtitle

    trip, done = "国务院联防联控机制联络组赴武汉", "调研检查5所学校复学复课防控工作"
    assert head(trip, done, logit=-5.0) == (trip, done, None)
    assert head("习近平将赴缅甸进行国事访问", done, logit=-5.0)[0] is None
    assert head("湖北全力以赴保急需保重点", done, logit=-5.0)[0] is None
    news, briefing = "习近平将对缅甸进行国事访问", "外交部举行中外媒体吹风会介绍有关情况"
    assert head(news, briefing, logit=5.0) == (None, news, briefing)
    assert head(news, "外交部举行中外媒体吹风会", logit=5.0)[0] == news


def test_three_boxes_over_an_attendance_line_are_a_title_over_a_two_part_subtitle(monkeypatch):
    # 全国政协召开网络议政远程协商会 / 围绕“…”协商议政 / 汪洋主持, without blank lines: the title over its subtitle in two
    # parts (人民日报 2019–2020: 62 such headlines whose first box convenes nothing, no kicker), whatever the title model
    # says (here made to read a kicker over a title); a leader convening in the first box (李克强主持召开…) is the
    # kicker (32 to 4), and so is a first box that leads in (…指出)
    from banmian.reconstruct import assemble as A

    monkeypatch.setattr(A, "_title_logit", lambda x: 5.0)
    body = [
        "本报北京5月8日电 （记者冯春梅）全国政协8日在京召开网络议政远",
        "程协商会，议题是“加强全民健身场地设",
        "施建设”。全国政协主席汪洋主持会议。",
        "委员们认为，要把全民健身场地设施建设",
        "纳入国土空间规划，补齐群众身边短板。",
    ]

    def head(*boxes: str) -> tuple:
        (art,) = banmian.parse_text("\n".join([*boxes, *body])).articles
        return art.kicker, art.title, (art.subtitle or "").replace(" ", "") or None

    met, on = "全国政协召开网络议政远程协商会", "围绕“加强全民健身场地设施建设”协商议政"
    assert head(met, on, "汪洋主持") == (None, met, on + "汪洋主持")
    convened = "李克强主持召开国务院全体会议"
    assert head(convened, on, "汪洋主持")[0] == convened
    assert head("国务院常务会议指出", "稳住外贸外资基本盘", "韩正出席")[0] == "国务院常务会议指出"
    # (nor where no attendance line closes the headline, three boxes or two: the model's say)
    assert head(met, on, "体育设施纳入国土空间规划")[0] == met
    assert head(met, on)[0] == met


def _column_under_sections(group: tuple[str, ...], echoed: bool = True) -> str:
    """A report in sections, then a heading group over a pull quote (at a narrower column) that the body under it
    says again (``echoed``) or not."""
    quote = "防控疫情，许许多多的普通人，都在尽着自己的本分"
    lines = ["稳就业，政府和企业应共同努力——", "", "政策帮到位 自己加把劲", ""]
    paras = [
        "专家认为，疫情对就业的影响是短期的，企业用工需求依然旺盛，复工复产后岗位会逐步恢复。",
        "各地政府减免社保费用，发放稳岗补贴，帮助企业渡过难关，很多企业表示不会裁员。",
    ]
    for sub in (("疫情影响短暂", "岗位依然存在"), ("政府多措并举", "减轻企业负担")):
        lines += [sub[0], "", sub[1], ""]
        for p in paras:
            lines += [*wrap(p, 17), ""]
    for h in group:
        lines += [h, ""]
    lines += [quote[:11], quote[11:], ""]
    for p in (
        "疫情防控阻击战中，笔者总被一些平凡的身影感动。路口的纸盒里放着口罩，写着环卫工人免费。",
        "他们没有惊天动地的事迹，却在各自的岗位上默默坚守，温暖着这座城市。",
        "正是因为" + (quote if echoed else "有了他们") + "，我们才有战胜疫情的信心。向每一位平凡的英雄致敬！",
    ):
        lines += [*wrap(p, 12), ""]
    return "\n".join(lines)


def _sub_score_gain(monkeypatch, text: str, words: str, constant: str) -> float:
    """What the subhead score of the page's last heading group holding ``words`` gains by ``assemble.<constant>``."""
    from banmian.reconstruct import assemble
    from banmian.sources.text import text_to_lines

    _, _, runs, groups, _ = assemble.read_page(text_to_lines(text))
    gi = max(i for i, g in enumerate(groups) if g.units and words in g.units[-1].text)
    n = len(assemble._alike_groups(runs, groups).get(gi, ()))
    with_rule = assemble._learned_sub_score(runs, groups, gi, n, True)
    monkeypatch.setattr(assemble, constant, 0.0)
    without = assemble._learned_sub_score(runs, groups, gi, n, True)
    monkeypatch.undo()
    return with_rule - without


def test_a_heading_group_over_a_pull_quote_leans_to_a_headline(monkeypatch):
    # 民生观 / 致敬，平凡的英雄 under a report's sections, over 防控疫情，许许多多的普通人，都在尽着自己的本分, which the body
    # says again further down: a commentary's headline and its pull quote (8 development pages better, 1 worse),
    # the subhead reading loses SUB_OVER_PULL_QUOTE; not over a quote never said again, nor over a deputy's section,
    # whose summary its body repeats
    from banmian.reconstruct import assemble

    def lean(text: str) -> float:
        return _sub_score_gain(monkeypatch, text, "英雄", "SUB_OVER_PULL_QUOTE")

    for group in (("致敬，平凡的英雄",), ("民生观", "致敬，平凡的英雄")):
        assert lean(_column_under_sections(group)) == assemble.SUB_OVER_PULL_QUOTE < 0, group
        assert lean(_column_under_sections(group, echoed=False)) == 0.0, group
    assert lean(_column_under_sections(("张平代表", "致敬，平凡的英雄"))) == 0.0


def test_labelled_fields_under_a_headline_open_its_body():
    # 时间：5月24日下午 / 日程：习近平总书记参加湖北代表团审议 under a 微镜头 piece's headline: fields opening its body
    # (人民日报 2019–2020: 70 body paragraphs open on 时间：, 地点：, 场合：, 日程：, 人物：; no kicker, title or subtitle),
    # never its title or subtitle
    fields = ("时间：\n5月24日下午", "日程：习近平总书记参加湖北代表团审议")
    body = [
        ["“这次疫情既是一次危机，也是一次大考。”总书记的话语，让在场的代表们深受鼓舞，会场响起热烈的掌声。"],
        ["来参加湖北代表团审议，是习近平总书记特意提出的。今年两会压缩了日程，每位中央领导下团组的次数也随之减少。"],
    ]
    opened = ["时间：5月24日下午", "日程：习近平总书记参加湖北代表团审议"]
    (piece,) = banmian.parse_text(
        _page("两会现场观察·微镜头", "“我提出，湖北代表团一定得来一下”", *fields, *body)
    ).articles
    assert (piece.column, piece.kicker, piece.title, piece.subtitle) == (
        "两会现场观察·微镜头",
        None,
        "“我提出，湖北代表团一定得来一下”",
        None,
    )
    assert [b.text for b in piece.body[:2]] == opened
    report = ["本报北京5月24日电 全国政协十三届三次会议24日上午在人民大会堂举行第二次全体会议，委员们作大会发言。"]
    page = _page("全国政协举行第二次全体会议", report, report, "“湖北一定能够浴火重生”（微镜头）", *fields, *body)
    _, piece = banmian.parse_text(page).articles
    assert (piece.title, piece.subtitle, [b.text for b in piece.body[:2]]) == (
        "“湖北一定能够浴火重生”（微镜头）",
        None,
        opened,
    )


def test_a_reports_time_and_place_under_its_first_paragraph_stay_in_its_body():
    # 本报讯 （记者…）… / 时间： / 2月24日 / 场合： / 江西省政府常务会议 / “…”: the report's fields, set short in its column
    # amid its body, never the headline of an article of their own
    first = "本报讯 （记者段环姣）说了就干，定了就办，以只争朝夕的精神，迎着困难上，奔着问题去，进一步提升政府效能"
    quote = "“坚决整治形式主义、官僚主义，最大限度地为基层减负、松绑。”在2月24日举行的省政府常务会议上，省长易炼红说。"
    more = "会议要求，各级各部门要大力精简文件和会议，切实改进督查检查考核方式，让基层干部把更多精力放在抓落实上。"
    page = _page(
        "硬措施解决“文山\n会海”老毛病", [first], "时间：\n2月24日", "场合：\n江西省政府常务会议", [quote], [more]
    )
    (report,) = banmian.parse_text(page).articles
    assert report.title == "硬措施解决“文山会海”老毛病"
    assert [b.text for b in report.body] == [first, "时间：2月24日", "场合：江西省政府常务会议", quote, more]


def test_fields_opening_a_body_with_no_headline_over_them_are_no_headline():
    # …作了发言，气氛热烈。 / 汪莲眉 / 时间：5月23日上午 / 日程：…: the reporter's name closes the report above; the fields
    # open the next piece's body (its headline printed elsewhere), never a title and subtitle of their own
    report = "本报北京5月23日电 全国政协十三届三次会议23日上午在人民大会堂举行第二次全体会议，委员们作大会发言。"
    more = "会议由全国政协副主席主持，十二位委员围绕统筹推进疫情防控和经济社会发展等问题作了发言，气氛热烈。"
    said = "“民营企业成长在中国希望的田野上。”总书记的话语，让在场的委员们倍感振奋，会场响起热烈的掌声。"
    fields = ("时间：5月23日上午", "日程：习近平总书记看望参加政协会议的经济界委员")
    page = _page("全国政协举行第二次全体会议", [report], [more], "汪莲眉", *fields, [said])
    arts = banmian.parse_text(page).articles
    heads = [h for a in arts for h in (a.kicker, a.title, a.subtitle) if h]
    assert heads == ["全国政协举行第二次全体会议"]
    assert [b.text for b in arts[-1].body] == [*fields, said]


def test_who_told_a_section_closes_it_and_heads_no_article():
    # …好日子还在后头呢。 / 重庆市林科院经济林研究所所 / 长、酉阳…车田乡 / 清明村第一书记方文讲述 / 本报记者 戴林峰整理: who
    # told the section, and who took it down, close it; the told-by line, broken or not, is one paragraph and no title
    # of an article
    a1 = "2018年，作为易地扶贫搬迁对象，我们在县城分到了新房子，政府说还要给我们两口子找工作，我却舍不得走。"
    a2 = "如今，大女儿通过公务员考试，到了镇政府上班，家里的负担减轻了不少，还顺利摘掉了贫困帽。"
    b1 = "护鸟虽然辛苦，但能保护好生态环境，还能增加收入，辛苦都是值得的，工作干起来也很有劲头。"
    b2 = "如今，贫困户的帽子早就甩到了鄱阳湖里，好日子还在后头呢。"
    told_a = "落掌村护林员卢元红讲述"
    told_b = "重庆市林科院经济林研究所所\n长、酉阳土家族苗族自治县车田乡\n清明村第一书记方文讲述"
    page = _page(
        "守护好山水 守望好日子",
        "看好林子 守住家园",
        [a1],
        [a2],
        told_a,
        "本报记者 程 焕整理",
        "护鸟鄱阳湖\n脱贫干劲足",
        [b1],
        [b2],
        told_b,
        "本报记者 戴林峰整理",
    )
    (story,) = banmian.parse_text(page).articles
    assert story.title == "看好林子 守住家园"
    # (a headline's dash subtitle broken after 讲述 is none: 统帅的深情牵挂 / ——解放军和武警部队代表讲述 / 习近平主席…)
    said = "2020年新春，给“硬骨头六连”全体指战员留下别样的青春记忆。习近平主席来到连队，同官兵亲切交流。"
    (told,) = banmian.parse_text(
        _page("统帅的深情牵挂", "——解放军和武警部队代表讲述\n习近平主席关心基层建设的故事", [said])
    ).articles
    assert (told.title, told.subtitle) == ("统帅的深情牵挂", "——解放军和武警部队代表讲述习近平主席关心基层建设的故事")
    # (nor a short title's first line: 代表委员讲述 / 抗疫故事)
    (told,) = banmian.parse_text(_page("代表委员讲述\n抗疫故事", [said])).articles
    assert told.title == "代表委员讲述抗疫故事"
    paragraphs = [b.text for b in story.body if b.type == "paragraph"]
    assert paragraphs == [a1, a2, told_a.replace("\n", ""), "本报记者 程 焕整理", b1, b2, told_b.replace("\n", "")] + [
        "本报记者 戴林峰整理"
    ]


def test_a_roles_label_under_the_title_opens_the_body():
    # 加强儿童用药安全管理 / 提案人：全国政协委员冯 / 丹龙: who made the proposal opens its summary's body (人民日报 2019–2020:
    # 45 paragraphs open on 提案人：, 主持人：, 写信人：, 追梦人： and their like, no kicker, title or subtitle), no subtitle
    case = "案由：儿童是特殊用药群体，各器官发育未成熟，对药品的用法用量有特殊要求。目前临床上儿童用药存在不少问题。"
    advice = "建议：建立完善儿童用药法律法规，并在现有监管体系中设置专门监管部门，加强对儿童药品研发和生产的监管。"
    page = _page("提案提要", "加强儿童用药安全管理", "提案人：全国政协委员冯\n丹龙", [case], [advice])
    (summary,) = banmian.parse_text(page).articles
    assert (summary.column, summary.kicker, summary.title, summary.subtitle) == (
        "提案提要",
        None,
        "加强儿童用药安全管理",
        None,
    )
    assert [b.text for b in summary.body] == ["提案人：全国政协委员冯丹龙", case, advice]


def test_a_foreign_authors_name_broken_at_its_hyphen_ends_the_first_section():
    # （拉脱维亚）瓦伊拉·维基耶— / 弗赖贝加: a hyphenated name the column broke at its hyphen is one author's line, so
    # the heading over it is the first section's subhead, not the title under 讲述亲历故事 见证辉煌历程
    from banmian.reconstruct.assemble import _name_rest

    assert _name_rest("（拉脱维亚）瓦伊拉·维基耶—", "弗赖贝加")
    assert not _name_rest("（拉脱维亚）瓦伊拉·维基耶", "弗赖贝加")
    told = [
        ["2019年，我以世界领袖联盟主席的身份赴华参加论坛，有幸聆听了中国治国理政的经验，颇受启发。"],
        ["中国始终倡导开放包容、互利共赢，为维护多边主义作出了重要贡献，赢得了国际社会的广泛赞誉。"],
    ]
    sections = [
        ("中国发展经验和实践弥足珍贵", "（埃及）西夏姆·宰迈提"),
        ("中俄合作前景十分广阔", "（俄罗斯）安德烈·卡尔涅耶夫"),
    ]
    text = _page(
        "风从东方来——国际人士谈新中国70年发展成就",
        "讲述亲历故事 见证辉煌历程",
        "中国是维护多边主义的中坚力量",
        "（拉脱维亚）瓦伊拉·维基耶—\n弗赖贝加",
        *told,
        *[part for sub, author in sections for part in (sub, author, *told)],
    )
    (piece,) = banmian.parse_text(text).articles
    assert (piece.title, piece.subtitle) == ("讲述亲历故事 见证辉煌历程", None)
    assert [b.text for b in piece.body if b.type == "subhead"] == ["中国是维护多边主义的中坚力量"] + [
        s for s, _ in sections
    ]


def test_a_foreign_authors_line_run_on_into_the_text_is_a_line_of_its_own():
    # （意大利）米凯莱·杰拉奇 / 新中国成立70年来，创造了…: the author's line read into the paragraph under it; set apart,
    # the heading over it is the first section's subhead (风从东方来 pages), not the title under 讲述亲历故事 见证辉煌历程
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    def apart(first: str, below: str) -> list[str]:
        units, _ = reflow(text_to_lines(f"前文写到这里。\n\n{first}\n{below}\n下一行的文字，写到这里。"))
        return [u.text for u in units[1:]]

    text = "新中国成立70年来，创造了"
    assert apart("（意大利）米凯莱·杰拉奇", text)[0] == "（意大利）米凯莱·杰拉奇"
    assert apart("（韩国）张世政", text)[0] == "（韩国）张世政"
    assert apart("（日本）新田嘉一", text)[0] == "（日本）新田嘉一"
    for first, below in (
        ("（一号墓）位于青海省", "海西蒙古族藏族自治州的"),  # (text opening on a bracket)
        ("（俄罗斯）伊万·鲍", "里索维奇·阿尔希波夫说，作为中国"),  # (the name goes on)
    ):
        assert apart(first, below)[0] != first

    told = wrap("新中国成立70年来，创造了令人惊叹的发展奇迹，为世界各国树立了榜样。改革开放使中国的面貌焕然一新。", 13)
    more = wrap("中国始终倡导开放包容、互利共赢，为维护多边主义作出了重要贡献，赢得了国际社会的广泛赞誉。", 13)
    sections = [
        ("我们都看到了中国的发展机遇", "（意大利）米凯莱·杰拉奇"),
        ("中国的发展故事非常精彩", "（巴基斯坦）哈桑·达乌德"),
        ("中国人民将会创造更多奇迹", "（日本）新田嘉一"),
    ]
    lines = [" 风从东方来——国际人士谈新中国70年发展成就", "", "讲述亲历故事 见证辉煌历程", ""]
    for sub, author in sections:
        lines += [sub, "", author, *told, "", *more, "", "（作者为本报记者采访整理）", ""]
    (piece,) = banmian.parse_text("\n".join(lines)).articles
    assert (piece.title, piece.subtitle) == ("讲述亲历故事 见证辉煌历程", None)
    assert [b.text for b in piece.body if b.type == "subhead"] == [s for s, _ in sections]
    assert [b.text for b in piece.body if b.text.startswith("（") and "）" in b.text[:7]] == [a for _, a in sections]


def test_a_heading_over_a_foreign_author_read_into_the_body_is_the_first_sections_subhead():
    # 讲述亲历故事 见证辉煌历程 / 我们都看到了中国的发展机遇 over a body opening on （意大利）米凯莱·杰拉奇 as a paragraph
    # (text without blank lines), sections of the same shape below: the heading line is the first section's subhead
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct.reflow import reflow
    from banmian.reconstruct.unit import Unit
    from banmian.sources.text import text_to_lines

    title = "讲述亲历故事 见证辉煌历程"
    head, _ = reflow(
        text_to_lines(f"风从东方来——国际人士谈新中国70年发展成就\n\n{title}\n\n我们都看到了中国的发展机遇")
    )
    told = "\n".join(
        wrap("新中国成立70年来，创造了令人惊叹的发展奇迹，为世界各国树立了榜样。改革开放使中国的面貌焕然一新。", 13)
    )
    parts = ["（意大利）米凯莱·杰拉奇", told]
    for sub, author in [
        ("中国的发展故事非常精彩", "（巴基斯坦）哈桑·达乌德"),
        ("中国人民将会创造更多奇迹", "（日本）新田嘉一"),
    ]:
        parts += [sub, author, told]
    body, _ = reflow(text_to_lines("\n\n".join(parts)))
    body = [Unit("paragraph", body[0].lines, False), *body[1:]]  # (the author's line read as a paragraph)
    draft = A._Draft(head, [], body)
    A._first_section_subhead(draft)
    assert [u.text for u in draft.head_before][-1] == title
    assert [u.text for u in draft.body[:2]] == ["我们都看到了中国的发展机遇", "（意大利）米凯莱·杰拉奇"]
    single = A._Draft(head[1:], [], list(body))  # (a title and the heading line alone: no headline would be left)
    A._first_section_subhead(single)
    assert len(single.head_before) == 2


_FEATURE_SECTIONS = [
    ("中国经济的快速发展为科\n研注入了活力", "（法国）让—马里·\n莱恩"),
    ("中国的发展将推动人类共\n同进步", "（英国）罗思义"),
]
_FEATURE_TOLD = (
    "新中国70年来取得的巨大成就，离不开中国共产党的领导，离不开符合中国国情的发展道路，离不开中国人民的勤劳奋斗。"
)


def test_a_foreign_authors_name_broken_at_a_dot_keeps_up_to_twelve_characters_below():
    # （拉脱维亚）瓦伊拉 / ·维基耶—弗赖贝加, （乌克兰）加林娜· / 维尼阿米诺夫娜·库利科娃: a name broken at one of its dots
    # leaves up to 12 characters below (人民日报's foreign authors' names run to 16), still one author's line
    from banmian.reconstruct.assemble import _name_rest

    assert _name_rest("（拉脱维亚）瓦伊拉", "·维基耶—弗赖贝加")
    assert _name_rest("（乌克兰）加林娜·", "维尼阿米诺夫娜·库利科娃")
    assert not _name_rest("（乌克兰）加林娜·", "维尼阿米诺夫娜·库利科娃娃")
    # without blank lines (pdftotext -raw), the first section's subhead and its author so broken under the title
    lines = ["风从东方来——国际人士谈新中国70年发展成就", "讲述亲历故事 见证辉煌历程"]
    lines += ["中国是维护多边主义的中", "坚力量", "（拉脱维亚）瓦伊拉", "·维基耶—弗赖贝加", *wrap(_FEATURE_TOLD, 11)]
    for sub, author in _FEATURE_SECTIONS:
        lines += [*sub.split("\n"), *author.split("\n"), *wrap(_FEATURE_TOLD, 11)]
    (piece,) = banmian.parse_text("\n".join(lines)).articles
    assert piece.title == "讲述亲历故事 见证辉煌历程"
    assert [b.text for b in piece.body if b.type == "subhead"][0] == "中国是维护多边主义的中坚力量"


def test_a_first_sections_subhead_wrapped_at_the_column_under_the_title_without_blank_lines():
    # 讲述亲历故事 / 见证辉煌历程 / 中国发展成就极大鼓舞着 / 发展中国家 / （墨西哥）费利佩· / 卡尔德龙, no blank lines: the
    # line reaching the column and the short one under it are one box, the first section's subhead over its author
    lines = ["风从东方来——国际人士谈新中国70年发展成就", "讲述亲历故事", "见证辉煌历程"]
    lines += ["中国发展成就极大鼓舞着", "发展中国家", "（墨西哥）费利佩·", "卡尔德龙", *wrap(_FEATURE_TOLD, 11)]
    for sub, author in _FEATURE_SECTIONS:
        lines += [*sub.split("\n"), *author.split("\n"), *wrap(_FEATURE_TOLD, 11)]
    (piece,) = banmian.parse_text("\n".join(lines)).articles
    assert (piece.kicker, piece.title) == (None, "讲述亲历故事见证辉煌历程")
    assert [b.text for b in piece.body if b.type == "subhead"] == [
        "中国发展成就极大鼓舞着发展中国家",
        "中国经济的快速发展为科研注入了活力",
        "中国的发展将推动人类共同进步",
    ]


def _feature_block_page(block: str) -> str:
    """A pdfminer-style 风从东方来 page: ``block`` (the headline's block) over three sections, each a subhead, its
    foreign author's line and its text."""
    told = [_FEATURE_TOLD]
    return _page(
        "风从东方来——国际人士谈新中国70年发展成就",
        block,
        "（意大利）罗伯托·巴蒂斯通",
        told,
        "中国成为保护生态环境的重要力量",
        "（挪威）尼尔斯·克里斯蒂安·斯坦塞斯",
        told,
        "中国的发展给世界带来机遇",
        "（英国）罗思义",
        told,
    )


def test_a_first_sections_subhead_in_the_titles_block_over_its_foreign_author():
    # pdfminer set the first section's subhead in the title's block (讲述亲历故事 / 见证辉煌历程 / 中国是可靠的合作伙伴),
    # its author's line under a blank line: the block's last line is that section's subhead, not part of the title
    (piece,) = banmian.parse_text(_feature_block_page("讲述亲历故事\n见证辉煌历程\n中国是可靠的合作伙伴")).articles
    assert piece.title == "讲述亲历故事见证辉煌历程"
    assert [b.text for b in piece.body if b.type == "subhead"][0] == "中国是可靠的合作伙伴"


def test_a_two_line_subhead_under_a_blank_line_over_a_foreign_author_read_into_the_body():
    # 讲述亲历故事 / 见证辉煌历程 / (blank) / 中国是维护多边主义的中 / 坚力量 over （拉脱维亚）瓦伊拉 / ·维基耶—弗赖贝加,
    # which the reflow reads as the body's first paragraph: the subhead's box is both its lines (the first reaches the
    # column, the second is shorter), so the first section's subhead, not the title
    told = wrap(_FEATURE_TOLD, 11)
    lines = [" 风从东方来——国际人士谈新中国70年发展成就", "", "讲述亲历故事", "见证辉煌历程", ""]
    lines += ["中国是维护多边主义的中", "坚力量", "", "（拉脱维亚）瓦伊拉", "·维基耶—弗赖贝加", "", *told, ""]
    for sub, author in [
        ("中国发展经验和实践弥足\n珍贵", "（埃及）西夏姆·宰\n迈提"),
        ("中国成功走出具有自身特\n色的发展道路", "（俄罗斯）安德烈·\n卡尔涅耶夫"),
    ]:
        lines += [*sub.split("\n"), "", *author.split("\n"), "", *told, ""]
    (piece,) = banmian.parse_text("\n".join(lines)).articles
    assert (piece.kicker, piece.title) == (None, "讲述亲历故事见证辉煌历程")
    assert [b.text for b in piece.body if b.type == "subhead"][0] == "中国是维护多边主义的中坚力量"


def test_a_first_sections_box_takes_only_lines_wrapped_into_it():
    # the box over a foreign author's line takes the line above it only where that line reaches the column, no
    # further, and the box's line under it is shorter (a box wrapped at its width); a line under a blank line starts
    # its own box; and a headline is never all taken
    def raw(head: list[str], width: int, sections: list[tuple[str, str]]) -> list:
        lines = [*head, *wrap(_FEATURE_TOLD, width)]
        for sub, author in sections:
            lines += [*sub.split("\n"), *author.split("\n"), *wrap(_FEATURE_TOLD, width)]
        return banmian.parse_text("\n".join(lines)).articles

    banner = "风从东方来——国际人士谈新中国70年发展成就"
    # a title line reaching the column over a subhead as wide: two boxes
    (piece,) = raw(
        [banner, "讲述亲历故事见证辉煌史", "中国发展成就鼓舞发展中", "（墨西哥）费利佩·", "卡尔德龙"],
        11,
        _FEATURE_SECTIONS,
    )
    assert piece.title == "讲述亲历故事见证辉煌史"
    # a title line wider than the column (its column tag with it) over the subhead: the title's own
    sections = [
        ("中国找到一条适合本国国情的发\n展道路", "（日本）新井健生"),
        ("中国人民将创造更多新成就", "（美国）约翰·桑顿"),
    ]
    title = "见证辉煌历程（风从东方来——国际人士谈新中国70年发展成就）"
    (piece,) = raw(["讲述亲历故事", title, "中国发生的可喜变化是全方位的", "（泰国）功·塔帕朗西"], 15, sections)
    assert [b.text for b in piece.body if b.type == "subhead"][0] == "中国发生的可喜变化是全方位的"
    # no headline over the first section: its heading stays the piece's headline
    (piece,) = raw(["中国发生的可喜变化是全面深刻的", "变化", "（泰国）功·塔帕朗西"], 15, sections)
    assert piece.title is not None
    # pdfminer: the title's last line, short of the column, over the subhead in its block
    (piece,) = banmian.parse_text(
        _feature_block_page("讲述亲历故事\n见证辉煌历程谱写新的篇章\n中国是可靠的合作伙伴")
    ).articles
    assert piece.title == "讲述亲历故事见证辉煌历程谱写新的篇章"
    # pdfminer: a one-line title reaching the column, the subhead under a blank line, the author read into the body
    told = wrap(_FEATURE_TOLD, 11)
    lines = [
        " " + banner,
        "",
        "讲述亲历故事见证辉煌史",
        "",
        "中国是可靠伙伴",
        "",
        "（拉脱维亚）瓦伊拉",
        "·维基耶—弗赖贝加",
        "",
    ]
    lines += [*told, ""]
    for sub, author in [
        ("中国发展经验弥足珍贵", "（埃及）西夏姆·宰\n迈提"),
        ("中国发展道路令人钦佩", "（俄罗斯）安德烈·\n卡尔涅耶夫"),
    ]:
        lines += [sub, "", *author.split("\n"), "", *told, ""]
    (piece,) = banmian.parse_text("\n".join(lines)).articles
    assert (piece.kicker, piece.title) == (None, "讲述亲历故事见证辉煌史")


def test_a_line_short_of_the_column_over_a_hung_first_line_ends_its_unit():
    # text without blank lines (pdftotext): a line stopping short of the column by a first line's indent or more, over
    # a first line whose comma hangs past the indent, ends its unit: a subhead set in the body's size (把制度与治理有机
    # 统一起来 / 坚持和发展中国特色社会主义， / …), or a paragraph ending with no stop; not where the short line opens a
    # dateline, opens on a bullet, or breaks a word that the line under it ends
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    above = wrap("近年来，各地积极推进党和国家制度建设，大力提升国家治理体系和治理能力现代化水平，取得历史性成就。", 15)
    hung = wrap("坚持和发展中国特色社会主义，离不开制度，也离不开治理，两者相辅相成，缺一不可，必须统筹推进。", 15)
    assert len(hung[0]) == 14 and hung[0].endswith("，")  # (the first line: 13 cells and its hung comma)
    more = wrap("只有把制度与治理有机统一起来，才能更好坚持和完善中国特色社会主义制度，推进国家治理现代化。", 15)

    def units(line: str, body: list[str] = hung) -> list[tuple[str, str]]:
        got, _ = reflow(text_to_lines("\n".join([*above, line, *body, *more])))
        return [(u.kind, u.text) for u in got[1:3]]

    first = "".join(hung)
    assert units("把制度与治理有机统一起来") == [("heading", "把制度与治理有机统一起来"), ("paragraph", first)]
    # (a line opening on a quote, two cells short: the indent's width, but no first line's, which goes on)
    assert units("“老杨调解中心”成金字招牌")[0] == ("heading", "“老杨调解中心”成金字招牌")
    assert units("本报讯（记者陆眉）武汉")[0][1].startswith("本报讯（记者陆眉）武汉坚持")  # (a dateline's first line)
    assert units("●增绿，促生态修复")[0] == (
        "paragraph",
        "●增绿，促生态修复",
    )  # (a bulleted paragraph, 人民日报's text)
    heart = ["心任务是推进制度建设和治理，", *hung[1:]]  # (核 / 心: a word broken)
    assert units("推动经济社会发展的核", heart)[0][1].startswith("推动经济社会发展的核心任务")
    # (the first line's paragraph going on in the next column, after a blank: pdftotext's column chunk)
    jumped = [hung[0], "", *hung[1:]]
    assert units("把制度与治理有机统一起来", jumped) == [("heading", "把制度与治理有机统一起来"), ("paragraph", first)]
    # a paragraph ending with no stop, over the hung first line: the paragraph ends there
    tail = wrap("整治文山会海不只是压缩数量，还要提高质量，把精文减会的效果转变为贯彻落实的强大动能", 15)
    assert 9 <= len(tail[-1]) <= 13
    got, _ = reflow(text_to_lines("\n".join([*above, *tail, *hung, *more])))
    assert [u.text for u in got[1:3]] == ["".join(tail), first]


def test_a_first_line_opening_on_a_quote_two_cells_short_opens_a_paragraph():
    # text without blank lines: a paragraph ending with no stop at the column's edge (a lead: …续写新时代的辉煌), then
    # “为有牺牲多壮志，敢教日月, two cells short of the column with a full line under it: a first line, which may
    # open on a quotation mark as on a character
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    above = wrap("近年来，各地积极推进党和国家制度建设，大力提升国家治理体系和治理能力现代化水平，取得历史性成就。", 15)
    lead = wrap("新时代的铁路建设者传承弘扬成昆精神，用奋斗书写交通强国建设的崭新篇章，续写新时代的辉煌", 15)
    quote = wrap("“为有牺牲多壮志，敢教日月换新天”是成昆精神的写照，也是今天铁路建设者的精气神。", 15)
    book = wrap("《民法典》的颁布实施标志着我国社会主义法治建设迈上新台阶，意义重大而深远。", 15)
    for first in (quote, book):
        assert len(lead[-1]) == 15 and len(first[0]) == 13 and len(first[1]) >= 15
        got, _ = reflow(text_to_lines("\n".join([*above, *lead, *first, *above])))
        assert [u.text for u in got[1:3]] == ["".join(lead), "".join(first)]
        # (the first line's paragraph going on in the next column, after a blank: pdftotext's column chunk)
        got, _ = reflow(text_to_lines("\n".join([*above, *lead, first[0], "", *first[1:], *above])))
        assert [u.text for u in got[1:3]] == ["".join(lead), "".join(first)]


def test_a_line_short_of_the_column_over_a_first_line_ending_a_sentence_ends_its_unit():
    # text without blank lines: a line three cells short of the column, over a line two cells short that ends a
    # sentence (田野里又是一年春耕忙碌时。) with a full line under it, ends its unit: that line can only be a paragraph's
    # first line (were it a last line, the full line under it would open the next paragraph, and no first line reaches
    # the column), so the short line over it is a subhead; not where the short line is two cells short itself and may
    # be a paragraph's first line, the line under it its last
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    above = wrap("近年来，各地积极推进党和国家制度建设，大力提升国家治理体系和治理能力现代化水平，取得历史性成就。", 15)
    body = wrap("田野里又是一年春耕忙碌时。农民们早早下地，翻土施肥，播撒希望的种子，期盼着秋天能有一个好收成。", 15)
    assert len(body[0]) == 13 and body[0].endswith("。") and len(body[1]) == 15
    more = wrap("只有把制度与治理有机统一起来，才能更好坚持和完善中国特色社会主义制度，推进国家治理现代化。", 15)

    def units(line: str, lines: list[str] = body) -> list[tuple[str, str]]:
        got, _ = reflow(text_to_lines("\n".join([*above, line, *lines, *more])))
        return [(u.kind, u.text) for u in got[1:3]]

    assert units("让土地变得更肥沃更有活力") == [("heading", "让土地变得更肥沃更有活力"), ("paragraph", "".join(body))]
    # two cells short over it: a paragraph's first line, the line under it its last (这也宣告了她新的 / 生活方式的开始。
    # in a narrow column, a pull quote's full line under it)
    first, last = "这也宣告了她在病中找到的新", "生活方式的开始就在那一天。"
    assert len(first) == len(last) == 13
    got = units(first, [last, *body[1:]])[0]
    assert got[0] == "paragraph" and got[1].startswith(first + last)


def test_a_headline_does_not_end_on_a_deputy_who_speaks():
    # text without blank lines (pdftotext -raw), a page of deputies' words: between two bodies, the headline printed
    # after the first (江苏省溧阳市委书记、 / 市长徐华代表 / 抓好生态理念模 / 式创新) and the one over the second (湖北省宜昌市
    # 市长张家胜代表 / …); the deputy's line is the kicker over the title below it, never a subtitle under the one above
    top = ["广西某市中级人民法院院长王明代表", "让司法有力量有温度"]
    first = wrap(
        "本报讯 （记者 张华）司法是维护社会公平正义的最后一道防线。我们坚持司法为民，推进一站式多元解纷和诉讼服务建设，"
        "让群众参与诉讼更加便捷。",
        17,
    )
    said = wrap(
        "生态优先、绿色发展是高质量发展的底色。我们坚持把生态环境保护放在突出位置，推动产业转型升级，"
        "让绿水青山持续发挥生态效益和经济效益。",
        17,
    )
    said += wrap("建议尽快联合研究制订生态创新试验区建设规划，携手推动该区域在一体化发展中走在前列。", 17)
    second = wrap(
        "本报讯 （记者 范希）营商环境就是生产力。今年以来，我们深化“放管服”改革，推行企业开办全程网办，"
        "让企业办事更便捷、更高效。",
        17,
    )
    second += wrap("下一步，我们将继续对标先进地区，持续优化政务服务，不断培育经济发展新动能。", 17)
    heads = ["江苏省溧阳市委书记、", "市长徐华代表", "抓好生态理念模", "式创新", "湖北省宜昌市市长张家胜代表"]
    heads += ["优化营商环境培育", "经济新动能"]
    page = [*top, *first, *said, "（本报记者王明整理）", *heads, *second]
    got = [(a.kicker, a.title, a.subtitle) for a in banmian.parse_text("\n".join(page)).articles]
    assert got[1:] == [
        ("江苏省溧阳市委书记、市长徐华代表", "抓好生态理念模式创新", None),
        ("湖北省宜昌市市长张家胜代表", "优化营商环境培育经济新动能", None),
    ]


def test_a_headline_line_ending_on_a_middle_dot_or_opening_on_a_particle_goes_on():
    # text without blank lines: 寻味· / 家乡的年糕 over a report is one title, broken after its middle dot, which joins
    # what follows it (no kicker, title or subtitle of 人民日报 2019–2020 ends on one); the box model had read a
    # column's name over a title
    body = wrap(
        "本报讯 （记者 王明）腊月里，家家户户忙着打年糕。糯米蒸熟后倒进石臼，几个壮汉轮流抡起木槌，一下一下捶打，"
        "直到米团变得柔韧光滑。",
        17,
    )
    body += wrap("老人们说，年糕寓意年年高，是过年餐桌上少不了的一道美食，也寄托着人们对新一年的美好期盼。", 17)
    (report,) = banmian.parse_text("\n".join(["寻味·", "家乡的年糕", *body])).articles
    assert (report.column, report.kicker, report.title) == (None, None, "寻味·家乡的年糕")
    # (nor does a box open on a particle: 难忘 / 的年糕滋味, one title broken before 的)
    (report,) = banmian.parse_text("\n".join(["难忘", "的年糕滋味", *body])).articles
    assert (report.column, report.kicker, report.title) == (None, None, "难忘的年糕滋味")


def test_a_headline_line_ending_on_a_semicolon_goes_on_in_the_next():
    # text without blank lines (pdftotext -raw), a meeting's headline over its report, its subtitle of two clauses
    # over two lines wider than the column: 部署…春季农业生产； / 决定…稳企业稳就业 is one box (no kicker, title or
    # subtitle of 人民日报 2019–2020 ends on a semicolon); the box model had made them title and subtitle under the
    # meeting read as a kicker
    body = wrap(
        "新华社北京2月18日电 省长王明2月18日主持召开省政府常务会议，部署不误农时切实抓好春季农业生产；"
        "决定阶段性减免企业社保费和实施企业缓缴住房公积金政策，多措并举稳企业稳就业。",
        13,
    )
    body += wrap("会议指出，春季农业生产事关全年粮食丰收，要抓紧组织农资生产供应，保障春耕顺利进行，确保粮食安全。", 13)
    body += wrap("会议决定，阶段性减免企业养老、失业、工伤保险单位缴费，减轻企业负担，帮助企业渡过难关。", 13)
    head = ["省长王明主持召开省政府常务会议", "部署不误农时切实抓好春季农业生产；"]
    head += ["决定阶段性减免企业社保费和实施企业缓缴住房公积金政策，多措并举稳企业稳就业"]
    *_, report = banmian.parse_text("\n".join(["370名旅客回家了。", "王华摄", *head, *body])).articles
    assert (report.kicker, report.title) == (None, head[0])
    assert report.subtitle == head[1] + head[2]


@pytest.mark.parametrize("section_byline", [False, True])
@pytest.mark.parametrize("blanks", [False, True])
def test_a_byline_opening_the_page_over_a_heading_stands_over_the_first_subhead(blanks, section_byline):
    # 本报记者 夏洋露 通讯员 戴素萍 / 一带一路绘宏图 opening the page, sections under their subheads, the feature's
    # headline printed after its body (新中国峥嵘岁月): the heading under the byline is the first section's subhead,
    # as the truth of the development folders has it 274 times in 276; it had been read as the page's first title
    def section(*paragraphs: str) -> list[str]:
        out: list[str] = []
        for p in paragraphs:
            out += ([""] if blanks else []) + wrap(p, 17)
        return out

    lines = ["本报记者 王明 通讯员 李华", *([""] if blanks else []), "一带一路绘宏图"]
    lines += ["本报记者 张洋"] if section_byline else []  # (the first section's own reporter under its subhead)
    lines += section(
        "2013年9月和10月，在出访中亚和东南亚国家期间，先后提出共建丝绸之路经济带和海上丝绸之路的重大倡议。",
        "倡议贯穿亚欧非大陆，一头是活跃的东亚经济圈，一头是发达的欧洲经济圈，中间广大腹地国家经济发展潜力巨大。",
    )
    lines += [*([""] if blanks else []), "上海自由贸易试验区成立"]
    lines += section(
        "上海自由贸易试验区是设立在上海的区域性自由贸易园区，属中国自由贸易区范畴，总面积一百二十平方公里。",
        "建立自由贸易试验区，是党中央、国务院作出的重大决策，是深入贯彻改革开放新要求的重大举措。",
    )
    lines += [*([""] if blanks else []), "新中国峥嵘岁月"]
    lines += section(
        "据新华社电 （记者黄庆刚）面对客车上持刀握枪的歹徒，他临危不惧，挺身而出，在身负重伤的情况下仍拼尽全力保护群众。",
        "他出生于广西合浦县，参加公安工作后，多次在抓捕犯罪嫌疑人的行动中冲锋在前，屡立战功。",
    )
    lines += [*([""] if blanks else []), "临危不惧 保护乘客"]
    feature, *_ = banmian.parse_text("\n".join(lines)).articles
    assert (feature.title, feature.byline) == ("新中国峥嵘岁月", "本报记者 王明 通讯员 李华")
    assert [b.text for b in feature.body if b.type == "subhead"] == ["一带一路绘宏图", "上海自由贸易试验区成立"]


def test_a_heading_line_ending_on_a_comma_over_a_blank_line_leans_to_a_subhead(monkeypatch):
    # pdfminer text: 众志成城抗疫情， / blank / 平安幸福过大年 between a report's sections is its subhead of two lines; read
    # as a headline it would end a box on ， (or 、), as no kicker, title or subtitle of 人民日报 does: the subhead reading
    # gains SUB_BOX_ENDS_ON_A_PAUSE (it had been a kicker and title, on 4 development pages); not where no blank line
    # parts the lines (one box), nor where the line above it ends on neither
    from banmian.reconstruct import assemble

    def paras(*ps: str) -> list[str]:
        return [line for p in ps for line in ["", *wrap(p, 15)]]

    def lean(*group: str) -> float:
        lines = ["“最暖心”春晚展现奋进新时代精气神"]
        lines += paras(
            "本报北京1月25日电 （记者王明）今年春晚以“共圆小康梦，欢乐过大年”为主题，展现了奋进新时代的精气神。",
            "本届春晚收视率较往年大幅增长。据不完全统计，春晚新媒体平台直播累计到达人次为十一亿次。",
        )
        lines += ["", *group]
        lines += paras(
            "近期武汉新型冠状病毒感染的肺炎疫情牵动全国人民的心，春晚临时增加了致敬一线医务工作者的节目。",
            "节目播出后，不少观众留言说，这个节目为抵抗疫情送来了信心和力量，让人热泪盈眶。",
        )
        return _sub_score_gain(monkeypatch, "\n".join(lines), "平安幸福过大年", "SUB_BOX_ENDS_ON_A_PAUSE")

    assert lean("众志成城抗疫情，", "", "平安幸福过大年") == assemble.SUB_BOX_ENDS_ON_A_PAUSE > 0
    assert lean("众志成城抗疫情、", "", "平安幸福过大年") == assemble.SUB_BOX_ENDS_ON_A_PAUSE
    assert lean("众志成城抗疫情，", "平安幸福过大年") == 0.0
    assert lean("众志成城抗疫情", "", "平安幸福过大年") == 0.0


def test_a_hung_first_line_holding_figures_opens_a_paragraph():
    # text without blank lines (pdftotext -raw), a column ten cells wide: …竖起大拇指：“好吃！” ends its paragraph, then
    # 李建国今年 52 岁， stops a cell short on its hung comma with a full line under it: a first line, figures and all
    # (the figures' measure had kept it out: on the ten development folders 49 pages read better with it, 1 worse)
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    above = ["本报讯 （记者 王明）", "山坡上，一排排果树结", "满金灿灿的果子，把枝", "头压弯了腰。摘下一个"]
    above += ["鲜嫩的果肉汁水四溢，", "酸甜可口，令人禁不住", "竖起大拇指：“好吃！”"]
    below = ["是当地果园的老把式。", "他家以前种玉米，但地", "里净是石头，收成很低", "。后来改种果树。"]

    def paragraphs(first: str) -> list[str]:
        got, _ = reflow(text_to_lines("\n".join([*above, first, *below])))
        return [u.text for u in got]

    assert text_width("李建国今年 52 岁，") == 9
    assert paragraphs("李建国今年 52 岁，") == [join_lines(above), "".join(["李建国今年 52 岁，", *below])]
    # (not where a space follows a mark, the extractor's, which the measure leaves out: the line is wider in print)
    assert len(paragraphs("其中： 果树 52 亩，")) == 1


def test_a_line_cut_short_by_a_figure_pushed_down_goes_on_under_a_first_line(monkeypatch):
    # text without blank lines: 对漠视侵害群众利益问题进行集中 (a first line, two cells short) over 整治，全国共查处9.80万起，处理,
    # two cells short only because 13.01 did not fit after it: one paragraph, whatever the line-break model says (here
    # made to break every paragraph it is asked about); not where the figure would have fitted, where the next line
    # opens on a CJK character, nor under a line that ends its sentence or is no first line's width
    from banmian.reconstruct import reflow as R
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(R, "_pair_logit", lambda x: -10.0)
    above = ["各地聚焦群众身边的突出问题，严查扶", "贫领域的腐败和作风问题，取得了明显", "成效。"]

    def paragraphs(first: str, second: str, third: str) -> list[str]:
        got, _ = R.reflow(text_to_lines("\n".join([*above, first, second, third, "群众反映强烈的教育问题。"])))
        return [u.text for u in got]

    first, second = "对漠视侵害群众利益问题进行集中", "整治，全国共查处9.80万起，处理"
    assert text_width(first) == text_width(second) == 15 == text_width(above[0]) - 2
    third = "13.01万人。各地还着力推动解决了一"
    assert paragraphs(first, second, third) == ["".join(above), first + second + third + "群众反映强烈的教育问题。"]
    assert len(paragraphs(first, second, "1万人。各地还着力推动解决了一批群")) == 3  # (the figure fitted)
    assert len(paragraphs(first, second, "人……各地还着力推动解决了一批群众")) == 3  # (no figure pushed down)
    assert len(paragraphs("对漠视侵害群众利益问题作整治。", second, third)) == 3  # (a sentence ended above)
    assert len(paragraphs("对漠视侵害群众利益问题进行了", second, third)) == 3  # (no first line's width above)


def test_a_teams_credit_closes_its_report():
    # （本报记者赵展慧、寇江泽、…）, three reporters or more, under a report: the heading under it opens the next
    # article, and so does the first section of a feature in reporters' sections (湖南省政协主席李微微委员 / 提高…
    # / 本报记者 何 勇) with the report's names (陆珊超 蒋欣勤) between them: its byline printed last
    intro = wrap("物价稳，民心才能稳。代表委员表示，越是面对风险挑战，越要做好保供稳价工作，让群众生活安心。", 16)
    credit = wrap("（本报记者赵展慧、寇江泽、丁怡婷、肖家鑫、李茂颖、窦瀚洋、祝大伟）", 16)
    view = wrap("专家认为，稳物价的关键在于保供给，各地要加强监测，完善机制，兜牢民生底线。", 16)
    report = ["有能力有信心保持物价稳定", "", *intro, "", "稳物价有新挑战", "", *intro, "", *credit, ""]
    first, second = banmian.parse_text("\n".join([*report, "专家观点", "", *view])).articles
    assert (second.title, [b.text for b in second.body]) == ("专家观点", ["".join(view)])
    assert first.body[-1].text == "".join(credit)
    # ■专家观点: a section's label in the report, not the next article's headline
    (a,) = banmian.parse_text("\n".join([*report, "■专家观点", "", *view])).articles
    assert a.body[-1].text == "".join(view)
    # two reporters: the credit of a section (（本报记者李茂颖、寇江泽）), the report may go on
    pair = wrap("（本报记者赵展慧、寇江泽）", 16)
    (a,) = banmian.parse_text("\n".join([*report[: -len(credit) - 1], *pair, "", "专家观点", "", *view])).articles
    assert "专家观点" in [b.text for b in a.body if b.type == "subhead"]
    report[5:6] = ["稳物价有新挑战，但长期稳定", "态势不会改变"]
    report += ["陆珊超 蒋欣勤", ""]
    said = "“提高脱贫的质量和成色，要在脱贫摘帽和乡村振兴的过渡期，确保落实责任。”李微微委员说。"
    sections = [
        ("湖南省政协主席李微微委员", "提高脱贫质量和成色", "本报记者 何 勇", said),
        (
            "中国气象局局长刘雅鸣委员",
            "增强农业气象服务能力",
            "本报记者 赵贝佳",
            "现代农业发展，离不开完善的农业气象服务体系。",
        ),
        ("中国美术馆馆长吴为山委员", "提升乡村公共文化服务", "本报记者 任飞帆", "政府工作报告提出，加强公共文化服务。"),
    ]
    for office, head, reporter, text in sections:
        report += [office, "", head, "", reporter, "", *wrap(text, 16), "", *wrap(text * 2, 16), ""]
    first, feature = banmian.parse_text("\n".join(report)).articles
    assert (first.byline, first.body[-1].text) == ("陆珊超 蒋欣勤", "".join(credit))
    assert (feature.kicker, feature.title, feature.byline) == sections[0][:3]
    assert [b.text for b in feature.body if b.type == "subhead"] == [s for x in sections[1:] for s in x[:2]]


def test_a_line_of_figures_one_cell_short_under_a_sentence_at_the_column_edge_goes_on():
    # 就业形势保持稳定。 (at the 10-cell column's edge) / 2019年城镇新增就业 (9 cells: its digits measured in half
    # cells, one short) / 1352万人，…: no paragraph's first line is that wide, so the paragraph goes on
    lines = ["稳就业 保民生", "本报记者 陶馥琴", "去年，京津冀协同", "发展、长江经济带发", "展、粤港澳大湾区建"]
    lines += ["设、长三角一体化高质", "量发展等重大区域发展", "战略扎实推进，黄河流", "域生态保护和高质量发"]
    lines += ["展上升为国家战略，区", "域增长极增长带加快形", "成，经济发展优势空间", "持续拓展。"]
    lines += ["它标志着全省高质", "量发展的各项条件更加", "成熟。社会事业稳步发", "展，民生福祉持续增进。"]
    lines += ["就业形势保持稳定。", "2019年城镇新增就业", "1352万人，连续7年保", "持在1300万人以上，月"]
    lines += ["度全省城镇调查失业率", "保持在较低水平。"]
    (art,) = banmian.parse_text("\n".join(lines)).articles
    assert [b.text[:4] for b in art.body] == ["去年，京", "它标志着"]
    assert art.body[1].text.endswith(
        "就业形势保持稳定。2019年城镇新增就业1352万人，连续7年保持在1300万人以上，月度全省城镇调查失业率保持在较低水平。"
    )


@pytest.mark.parametrize(
    "closer", ["（本报记者赵展慧、寇江泽、丁怡婷、肖家鑫、李茂颖、窦瀚洋）", "（相关报道见第六版）"]
)
def test_a_paragraph_under_a_teams_credit_or_a_related_reports_note_opens_the_next_article(closer):
    # …稳物价的最大底气。 / （本报记者赵展慧、寇江泽、…） or （相关报道见第六版） / “为湖北拼一单”…: the report ends
    # there (both its record's last paragraph in 人民日报, 200 of 202 and 23 of 23 times) and the paragraph under it
    # is the next article's, whose headline (今日谈 / “为鄂下单”彰显深情) is printed after its body
    intro = wrap("物价稳，民心才能稳。代表委员表示，越是面对风险挑战，越要做好保供稳价工作，让群众生活安心。", 16)
    talk = wrap("“为湖北拼一单”“一起来买荆楚好味道”，网友们的留言让人动容。每份订单背后，都有真情关怀。", 16)

    def page(closer: str, *under: str) -> list[str]:
        lines = ["有能力有信心保持物价稳定", "", *intro, "", "稳物价有新挑战", "", *intro, "", *wrap(closer, 16), ""]
        lines += [x for u in under for x in (u, "")]
        return [*lines, *talk, "", "今日谈", "", "“为鄂下单”彰显深情", "", "千里建管道", "", *intro]

    report, *rest = banmian.parse_text("\n".join(page(closer))).articles
    assert report.body[-1].text == closer
    assert rest and rest[0].body[0].text == "".join(talk)
    # a team of two (（本报记者赵展慧、寇江泽）) may be a section's: the report goes on under it
    report = banmian.parse_text("\n".join(page("（本报记者赵展慧、寇江泽）"))).articles[0]
    assert "".join(talk) in [b.text for b in report.body]
    # a credit under the team's (本期统筹：许 诺) is the report's too, no next article's first paragraph
    report = banmian.parse_text("\n".join(page(closer, "本期统筹：许 诺"))).articles[0]
    assert "本期统筹：许 诺" in [b.text for b in report.body]


def test_a_first_line_over_a_column_jump_goes_on_into_a_full_line_of_figures():
    # 连日来香港兴起“撑国安立法” (two cells short: a first line) / blank (the column's jump) / 热，行政长官林郑月娥28日
    # 赴北角 (the column's full width, its figures measured in half cells): one paragraph across the jump
    lines = ["香港各界支持国安立法", "", "香港特区政府前新闻统筹专员", "冯炜光说，决定的通过是个好消息，"]
    lines += ["今天将成为香港历史上重要的一天。", "", "连日来香港兴起“撑国安立法”", ""]
    lines += ["热，行政长官林郑月娥28日赴北角", "的一个街站签名，力撑国安立法，", "并慰问现场义工。特区政府很多司"]
    lines += ["局级官员也纷纷赴街站签名支持。", "", "许多市民除签名之外，还在街站", "前留言，表达对国家安全立法的"]
    (a,) = banmian.parse_text("\n".join([*lines, "支持和期待。"])).articles
    assert [b.text[:7] for b in a.body] == ["香港特区政府前", "连日来香港兴起", "许多市民除签名"]
    assert a.body[1].text.startswith("连日来香港兴起“撑国安立法”热，行政长官林郑月娥28日赴北角")
    # the extractor's space in the line (28 日), or a line of figures a cell wider than the column: the measure is
    # not exact, the jump is read as before
    for line in ("热，行政长官林郑月娥28 日赴北角", "热，行政长官林郑月娥2888日赴北角"):
        jumped = [line if x.startswith("热，") else x for x in lines]
        (a,) = banmian.parse_text("\n".join([*jumped, "支持和期待。"])).articles
        assert [b.text[:7] for b in a.body][:3] == ["香港特区政府前", "连日来香港兴起", "热，行政长官林"]


def test_a_first_line_ending_on_a_comma_two_cells_short_opens_its_paragraph():
    # without blank lines, a subhead set in the body's type (扎实实施黄河流域生态 / 保护和高质量发展国家战略, no stop) over
    # “习近平总书记指出， (two cells short, ending on a comma, a full line under it): a line breaking inside a
    # paragraph would have taken the next character, so it is a first line and the paragraph above ends
    lines = ["推动黄河流域高质量发展", "本报记者 陶馥琴", "近年来，当地坚持把新", "发展理念落到实处，争取早"]
    lines += ["日蹚出一条转型发展的新路", "子。", "扎实实施黄河流域生态", "保护和高质量发展国家战略"]
    lines += ["“习近平总书记指出，", "要统筹推进山水林田湖草系", "统治理，扎实实施黄河流域", "生态保护和高质量发展国家"]
    (a,) = banmian.parse_text("\n".join([*lines, "战略。”当地干部说。"])).articles
    assert [b.text[:8] for b in a.body] == ["近年来，当地坚持", "扎实实施黄河流域", "“习近平总书记指"]
    # … or on 、 (一是生态、): as a mid-paragraph line it too would have taken the next character
    listed = [x.replace("“习近平总书记指出，", "一是保护好生态环境、") for x in lines]
    (a,) = banmian.parse_text("\n".join([*listed, "战略。”当地干部说。"])).articles
    assert [b.text[:8] for b in a.body] == ["近年来，当地坚持", "扎实实施黄河流域", "一是保护好生态环"]


def test_a_first_line_over_a_line_opening_on_a_character_and_one_mark():
    # 实行更加积极主动的开放战 (two cells short) / 略，全面对接国际高标准市场规: the two cells could hold 略，, so nothing
    # was pushed down and the short line is a first line (under 七、建设更高水平开放型经 / 济新体制，…, a subhead in the
    # body's type); 略…… (three cells) would not have fitted: then the line above may be cut short, and runs on
    lines = [
        "深化改革扩大开放",
        "本报记者 陶馥琴",
        "要健全国家储备体系，完善储",
        "备品类、规模、结构，提升储备",
        "效能，保障供应。",
    ]
    lines += ["七、建设更高水平开放型经", "济新体制，以开放促改革促发展", "实行更加积极主动的开放战"]
    one = ["略，全面对接国际高标准市场规", "则体系，实施更大范围、更宽领", "域、更深层次的全面开放。"]
    (a,) = banmian.parse_text("\n".join(lines + one)).articles
    assert [b.text[:8] for b in a.body] == ["要健全国家储备体", "七、建设更高水平", "实行更加积极主动"]
    two = ["略……全面对接国际高标准市场", "规则体系，实施更大范围、更宽", "领域、更深层次的全面开放。"]
    (a,) = banmian.parse_text("\n".join(lines + two)).articles
    assert [b.text[:8] for b in a.body] == ["要健全国家储备体", "七、建设更高水平"]


def test_a_first_line_over_one_mark_only_where_the_column_is_measured_exactly(seed_page):
    # on the seed page, lines of 12 cells and lines of 13 (two marks set in one cell) stand side by side: 深入解读和阐释。
    # 罗清泉 (11) over 说，踏上新征程，… is no first line two cells short, nor is 党的二十大主题和主要成 over 果、过去5年…:
    # the lines above them stop a cell short of the measure, so the two paragraphs go on as the page prints them
    texts = [b.text for a in seed_page.articles for b in a.body]
    assert any("等内容进行了深入解读和阐释。罗清泉说，踏上新征程" in t for t in texts)
    assert any("从党的二十大主题和主要成果、过去5年的工作" in t for t in texts)


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_column_name_under_a_closed_article_opens_the_next_one(blank_lines):
    # （作者为…） closes an opinion piece; 治理之道 / 做好疫情防控须创新社会治理 under it is the next piece's column and
    # title, though the piece goes on about the same things (the words on both sides alike read as one article's
    # sections); with or without blank lines on the page
    said = "防控疫情、战胜疫情是一场全国动员、全民参战、全力求胜的大战，是对我国国家治理体系和治理能力的一次大考。"
    below = "战胜疫情是一场全民参战的大战，也是对国家治理体系和治理能力的一次大考，社会治理要跟上。"
    note = "（作者为天津大学马克思主义学院院长）"

    def page(closing: str, under: tuple[str, ...] = (), column: str = "治理之道") -> str:
        lines = ["人民要论", "", "坚决打赢疫情防控的人民战争总体战阻击战", "", *wrap(said), "", "科学决策部署", ""]
        lines += [*wrap(said), "", *wrap(closing), "", column, "", "做好疫情防控须创新社会治理", "", *under]
        lines += wrap(below)
        return "\n".join(x for x in lines if x or blank_lines)

    first, second = banmian.parse_text(page(note)).articles
    assert (first.byline, [b.text for b in first.body][-1]) == (note, "".join(wrap(said)))
    assert (second.column, second.title, [b.text for b in second.body]) == (
        "治理之道",
        "做好疫情防控须创新社会治理",
        [below],
    )
    # over a paragraph that closes nothing, the model's reading stands: two subheads of the one article
    (a,) = banmian.parse_text(page("我们一定能取得疫情防控斗争的全面胜利。")).articles
    assert [b.text for b in a.body if b.type == "subhead"] == ["科学决策部署", "治理之道", "做好疫情防控须创新社会治理"]
    # a line longer than a column's name over the box (充分发挥制度优势): two subheads, as the model reads them
    (a,) = banmian.parse_text(page(note, column="充分发挥制度优势")).articles
    assert "充分发挥制度优势" in [b.text for b in a.body if b.type == "subhead"]
    if blank_lines:
        # the group ends on a short name (陈 彦): a section's writer under its subhead, not a headline's end
        (a,) = banmian.parse_text(page(note, ("陈 彦", ""))).articles
        assert "治理之道" in [b.text for b in a.body if b.type == "subhead"]


def test_a_short_lead_in_under_a_column_name_introduces_a_title():
    # 百姓影像 / 援外医生郭璐萍—— / 在撒哈拉，留下医术与爱: a column's name over a lead-in over its title is the next
    # article's headline, though the lead-in is short (a subhead broken at its dash is short too: 临江又亲江—— /
    # 滨水空间正在形成) and the article under it shares words with the one above
    said = "写评论是我网上生活的一部分，不仅能帮助其他消费者，还能促进店家改进服务，也传递了满满的正能量。"
    asked = "“只要不是太差，去写点评干啥？”有些朋友对杨冰清坚持点评的行为不理解。不过，杨冰清有自己的看法。"
    told = "她说，写病历是我生活的一部分，不仅能帮助当地的病人，还能帮助当地的医生，也传递了满满的正能量。"
    page = [
        "网聚青年力量",
        "",
        "“e”键传递正能量",
        "",
        *wrap(asked),
        "",
        "发布短视频",
        "网上防诈骗",
        "",
        *wrap(said),
        "",
    ]
    page += ["小小点评员 大大成就感", "", *wrap(asked), "", *wrap(said), ""]
    under = ["援外医生郭璐萍——", "", "在撒哈拉，留下医术与爱", "", *wrap(told), "", *wrap(said)]
    first, second = banmian.parse_text("\n".join([*page, "百姓影像", "", *under])).articles
    assert (second.column, second.kicker, second.title) == ("百姓影像", "援外医生郭璐萍——", "在撒哈拉，留下医术与爱")
    assert [b.text for b in second.body] == ["".join(wrap(told)), "".join(wrap(said))]
    # without the column's name, or under a longer line, the short lead-in and the line under it are one
    # article's subheads
    for over in ([], ["写点评的年轻人越来越多", ""]):
        (a,) = banmian.parse_text("\n".join([*page, *over, *under])).articles
        assert "在撒哈拉，留下医术与爱" in [b.text for b in a.body if b.type == "subhead"]


def test_groups_opening_on_lead_ins_are_a_features_sections():
    # 墨西哥多元文化博物馆—— / 欢乐春节聚人心, 英国国家海事博物馆—— / 翘首以盼中国年: where two groups of the page or
    # more open on a lead-in, they are a feature's sections, not headlines of their own, though each lead-in is long
    # enough to be a kicker; one such group alone is still a kicker over its title
    intro = "春节前后，海外多家博物馆推出中国年主题活动，吸引了众多当地民众和华侨华人参观体验，感受中国文化的魅力。"
    sections = [
        (
            "墨西哥多元文化博物馆——",
            "欢乐春节聚人心",
            "墨西哥多元文化博物馆的中国年活动已举办多年，剪纸、书法和舞狮表演让参观者流连忘返。",
        ),
        (
            "英国国家海事博物馆——",
            "翘首以盼中国年",
            "英国国家海事博物馆今年首次举办中国年活动，馆方准备了灯笼制作和中国茶品鉴等项目。",
        ),
        (
            "美国国立亚洲艺术博物馆——",
            "互动体验欢乐多",
            "美国国立亚洲艺术博物馆的活动以互动体验为主，孩子们在这里学包饺子、写福字。",
        ),
    ]
    close = "不少家庭结伴而来，一待就是大半天，临走时还带上了活动准备的春联和窗花。"

    def page(n: int) -> str:
        lines = ["各国博物馆共迎中国年", "", *wrap(intro), ""]
        for lead, head, text in sections[:n]:
            lines += [lead, "", head, "", *wrap(text), "", *wrap(close), ""]
        return "\n".join(lines)

    for n in (2, 3):
        (a,) = banmian.parse_text(page(n)).articles
        assert a.title == "各国博物馆共迎中国年"
        assert [b.text for b in a.body if b.type == "subhead"] == [head for _, head, _ in sections[:n]]
        assert all(lead in [b.text for b in a.body] for lead, _, _ in sections[:n])
    feature, report = banmian.parse_text(page(1)).articles
    assert (report.kicker, report.title) == sections[0][:2]
    # nor is a group opening on a column's name over its lead-in, among such sections, one of them
    other = "连日来，一列列满载蔬菜水果的冷链专列从广西南宁出发，日夜兼程驶向湖北十堰，保障当地群众的生活需要。"
    head = ["对口支援 各地在行动", "", "广西对口支援湖北十堰——", "", "直达冷链专列持续北向开行", ""]
    feature, report = banmian.parse_text("\n".join([page(2), *head, *wrap(other), "", *wrap(close)])).articles
    assert (report.column, report.kicker, report.title) == ("对口支援 各地在行动", "广西对口支援湖北十堰——", head[4])


def test_a_body_opening_on_a_closing_line_ends_the_article_over_it():
    # 重大工程 / 加速复工复产 (a photo spread's headline) / 版式设计：张丹峰 / the commentary's paragraphs / 快评 / 强支撑
    # 添后劲 (its headline printed after them): the credit closes the spread, the paragraphs are the commentary's,
    # though they share the spread's words (重大工程, 复工)
    said = [
        "“把因疫情耽误的时间抢回来！”从桥梁隧道、轨道交通，到水利枢纽、电力能源建设工地，重大工程渐次复工。",
        "疫情挡不住建设脚步。各地区各部门紧锣密鼓出台政策措施，确保重大工程项目及时开工建设，加速复工复产。",
        "复工不放松疫情防控。重大工程施工人员相对集中，疫情防控工作需要更加科学严谨。",
        "重大工程的复工，必将为拉动投资、促进增长提供有力支撑。",
    ]
    lines = ["重大工程", "", "加速复工复产", "", "版式设计：张丹峰", ""]
    for text in said:
        lines += [*wrap(text, 17), ""]
    spread, commentary = banmian.parse_text("\n".join([*lines, "快评", "", "强支撑 添后劲"])).articles
    assert (spread.column, spread.title, [b.text for b in spread.body]) == (
        "重大工程",
        "加速复工复产",
        ["版式设计：张丹峰"],
    )
    assert (commentary.column, commentary.title) == ("快评", "强支撑 添后劲")
    assert [b.text for b in commentary.body] == said


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_commentary_columns_name_over_a_title_opens_the_next_article(blank_lines):
    # 财经观 / 用金融改革助力实体经济 under a report about the same things: the column's piece and its title, though
    # the words on both sides alike read as one article's sections; not a short phrase under a name ending alike
    # (细心观察 / 小景出大片, a section's two-line subhead), nor a title under eight characters
    report = [
        "新三板改革持续推进，监管部门鼓励专业机构投资者和战略投资者参与，激活各层级市场股权投资、并购重组等交易活力。",
        "业内人士认为，将新三板打造成为持续健康发展的新兴交易市场，有助于金融更好服务实体经济。",
    ]
    piece = [
        "不断增强金融服务实体经济的能力，不仅需要针对性地出台政策，更需要深化金融改革，激活市场交易活力。",
        "金融改革要坚持服务实体经济的方向，让更多资金流向中小企业，为经济发展注入持久动力。",
    ]

    def page(column: str, title: str) -> str:
        lines = ["新三板改革深化", ""]
        for text in report:
            lines += [*wrap(text), ""]
        lines += [column, "", title, ""]
        for text in piece:
            lines += [*wrap(text), ""]
        return "\n".join(x for x in lines if x or blank_lines)

    first, second = banmian.parse_text(page("财经观", "用金融改革助力实体经济")).articles
    assert [b.text for b in first.body] == report
    assert (second.column, second.title, [b.text for b in second.body]) == ("财经观", "用金融改革助力实体经济", piece)
    for column, title in (("细心观察", "小景出大片"), ("财经观", "改革助实体")):
        (a,) = banmian.parse_text(page(column, title)).articles
        assert [b.text for b in a.body if b.type == "subhead"] in ([column, title], [column + title])
    # nor a name that is no commentary's (发展新路), too long for a column's (资本市场新观察), a label (■专家观点), or a
    # speaker's line under it (亲历者说 / 程荣：…研究员): the one article's sections
    title = "用金融改革助力实体经济"
    for column, under in (
        ("发展新路", title),
        ("资本市场新观察", title),
        ("■专家观点", title),
        ("亲历者说", "程荣：语言研究所研究员"),
    ):
        (a,) = banmian.parse_text(page(column, under)).articles
        assert under in "".join(b.text for b in a.body if b.type == "subhead")


def test_two_lines_of_as_many_characters_without_blank_lines_are_one_title():
    # 凝心聚力 / 同心追梦 under a headline printed after its body, over a byline, on text with no blank lines: the two
    # halves of one title (人民日报: 561 such titles, 10 kickers and 19 column names over a title of as many
    # characters), not a column's name over the title; nor where a column's tag closes the second half
    def page(first: str, second: str, blank_lines: bool = False) -> str:
        lines = []
        for text in (
            "本报北京2月10日电 最高人民法院、最高人民检察院、公安部、司法部日前联合制定意见，依法严惩妨害疫情防控的各类违法犯罪行为。",
            "意见要求，各级政法机关要依法及时从严惩治抗拒疫情防控措施、暴力伤医、哄抬物价等违法犯罪行为。",
        ):
            lines += [*wrap(text, 18), ""]
        lines += [
            "“两高两部”联合制定意见",
            "",
            "依法严惩妨害疫情防控违法犯罪",
            "",
            first,
            "",
            second,
            "",
            "□本报记者 陈竹琴",
            "",
        ]
        for text in (
            "2月10日，高铁长沙南站，来自湖南中医药大学第一附属医院等7家医院的医生和护士集结出发，驰援湖北。",
            "临行前，护士李娟的女儿拉着她的手说，妈妈加油，早点回来，我们在家等你。",
        ):
            lines += [*wrap(text, 18), ""]
        return "\n".join(x for x in lines if x or blank_lines)

    for first, second in (
        ("凝心聚力", "同心追梦"),
        ("凝心聚力共奋进", "同心追梦向未来"),
        ("激励添动力", "关心促安心（短评）"),
    ):
        above, art = banmian.parse_text(page(first, second)).articles
        assert (above.title, art.column, art.kicker, art.title) == (
            "依法严惩妨害疫情防控违法犯罪",
            None,
            None,
            first + second,
        )
    # not halves of unequal length, one holding a mark, of nine characters, a line the extractor shows offset, nor
    # boxes that blank lines set apart
    for first, second, blank_lines in (
        ("凝心聚力", "同心追梦想", False),
        ("凝心聚力", "同心追！", False),
        ("凝心聚力共同奋斗啊", "同心追梦向着未来吧", False),
        (" 凝心聚力", "同心追梦", False),
        ("凝心聚力", "同心追梦", True),
    ):
        art = banmian.parse_text(page(first, second, blank_lines)).articles[-1]
        assert (art.column, art.title) == (first.strip(), second)


def _body_texts(lines: list[str]) -> list[str]:
    """The body blocks' texts of the one article that a page of these lines holds."""
    (art,) = banmian.parse_text("\n".join(lines)).articles
    return [b.text for b in art.body]


def test_a_dash_broken_at_a_lines_end_goes_on_in_its_paragraph():
    # …大家一起喊出的那句话— / — / “武汉加油！”, without blank lines: the ——, one mark, broken at the column's edge, stays
    # whole at the end of its paragraph (the lone half had been read as a subhead, or gone down to open the block below)
    lines = [
        "我们在医院见到了从湖北归来的护士张",
        "宏淼。她告诉记者，最难忘的是病人出",
        "院的那一刻，大家一起喊出的那句话—",
    ]
    texts = _body_texts([*lines, "—", "“武汉加油！”", "说起这些，她的眼里闪着泪光。"])
    assert texts[0].endswith("那句话——")
    assert not any(t.startswith("—") for t in texts)
    # (a whole —— ending a line leaves the dash-led item under it to open its own paragraph)
    lines = [
        "5月18日，第73届世界卫生大会以视频",
        "方式开幕。习近平主席在致辞中说，为推",
        "进全球抗疫合作，我宣布五项措施——",
    ]
    lines += [
        "——中国将在两年内提供20亿美",
        "元国际援助。",
        "——中国将同联合国合作，在华",
        "设立全球人道主义应急仓库和枢纽。",
    ]
    assert _body_texts(lines)[1:] == [
        "——中国将在两年内提供20亿美元国际援助。",
        "——中国将同联合国合作，在华设立全球人道主义应急仓库和枢纽。",
    ]


def test_a_dash_pushed_alone_onto_a_headline_line_ends_the_box_above():
    # 武汉雷神山医院 / —— / 首批治愈 / 患者出院: the dash that did not fit the kicker's line, alone on the next, ends the
    # kicker (a box of its own, it had become the subtitle or opened one); with and without blank lines
    body = [
        "2月18日上午，经过规范治疗，武汉雷神山医院首批两名患者治愈出院。",
        "据了解，这两名出院患者将回到社区接受14天医学观察，医院将继续跟踪随访。",
    ]
    lines = ["武汉雷神山医院", "——", "", "首批治愈", "患者出院", "", "本报记者 张三 李四", ""]
    (art,) = banmian.parse_text("\n".join(lines + [ln for p in body for ln in [*wrap(p, 16), ""]])).articles
    assert (art.kicker, art.title, art.subtitle) == ("武汉雷神山医院——", "首批治愈患者出院", None)
    lines = ["“五一”假期首日", "——", "国内旅游收入近百亿元"]
    (art,) = banmian.parse_text("\n".join(lines + [ln for p in body for ln in wrap(p, 16)])).articles
    assert (art.kicker, art.title, art.subtitle) == ("“五一”假期首日——", "国内旅游收入近百亿元", None)


def test_a_dash_led_line_under_a_colon_or_a_stop_opens_a_paragraph():
    # ——中国将在两年内… under 为推进全球抗疫合作，我宣布： at the column's edge, without blank lines: one of the items the
    # colon announces (人民日报 2019–2020: 1,280 paragraphs open on —— under one ending on 。, ；, ： or ！, and no paragraph
    # holds such a mark followed by —— but once, after ！); after a closing quotation mark it is the speaker, and goes on
    lines = ["为推进全球抗疫合作，我宣布：", "——中国将在两年内提供20亿美", "元国际援助。"]
    assert _body_texts(lines) == ["为推进全球抗疫合作，我宣布：", "——中国将在两年内提供20亿美元国际援助。"]
    lines = ["乡亲们常说“好日子还在前头等着”", "——这是村民们最朴素的愿望，也是", "我们努力的方向。"]
    assert len(_body_texts(lines)) == 1


def test_a_line_of_ellipsis_marks_alone_is_a_paragraph_of_its_own():
    # …… alone under a quotation's last line at the column's edge, without blank lines (pdftotext -raw): a break in the
    # story (人民日报 2019–2020: 108 paragraphs), never the end of the line above, as no line opens on a mark (print
    # pushes a character down with it)
    lines = ["“老人家，您还需要别的什么帮助", "吗？”“不需要，别人能做的我也能做。”", "……"]
    assert _body_texts([*lines, "三十多年后，我们又一次来到这个村", "子，村口的老槐树还在。"]) == [
        "“老人家，您还需要别的什么帮助吗？”“不需要，别人能做的我也能做。”",
        "……",
        "三十多年后，我们又一次来到这个村子，村口的老槐树还在。",
    ]
    # (…… opening a line that goes on, 率先打造“中国数谷” / ……一步一印、一点一滴，: the ellipsis of the sentence above,
    # pushed down: the paragraph goes on)
    lines = [
        "率先成立首家大数据交易所，",
        "率先颁布首个大数据地方法",
        "规，率先打造“中国数谷”",
        "……一步一印、一点一滴，",
    ]
    assert len(_body_texts([*lines, "大数据产业让贵州经济效益、", "社会效益同步提升。"])) == 1


def test_an_enumerated_item_under_a_clauses_end_opens_its_own_paragraph():
    # （一）… under a line ending on a colon or a semicolon at the column's edge, without blank lines: an item of a
    # list opens a paragraph (人民日报 2019–2020: 1,502 paragraphs open on （一）…（十）, and 3 times only does one
    # follow a stop, a semicolon or a colon inside a paragraph)
    lines = ["被检举控告人应当履行以下义务：", "（一）正确对待检举控告，有则改", "之、无则加勉，虚心接受监督；"]
    lines += ["（二）相信组织、依靠组织，配合", "做好了解核实工作。"]
    assert _body_texts(lines) == [
        "被检举控告人应当履行以下义务：",
        "（一）正确对待检举控告，有则改之、无则加勉，虚心接受监督；",
        "（二）相信组织、依靠组织，配合做好了解核实工作。",
    ]
    # (… under a colon line that stops short too, where the rules ask the line-break model)
    lines = ["第七十一条 行业协会商会、中介服", "务机构有下列情形之一的，由有关部门责", "令改正，依法追究法律责任："]
    lines += [
        "（一）违法开展收费、评比、认证等",
        "行为；",
        "（二）违法干预市场主体加入或者退",
        "出行业协会商会等社会组织。",
    ]
    assert [t[:5] for t in _body_texts(lines)] == ["第七十一条", "（一）违法", "（二）违法"]
    # (… and under a full stop: 会发展工作十分重要。 / （一）总体要求。 / 要在以习近平同志…)
    lines = ["现第二个百年奋斗目标", "打好基础，做好经济社", "会发展工作十分重要。", "（一）总体要求。"]
    lines += ["要在以习近平同志", "为核心的党中央坚强领", "导下，全面贯彻党的十", "九大精神。"]
    assert "（一）总体要求。" in _body_texts(lines)
    # (… and so does a law's article, 第三十七条 and a space: 773 paragraphs open so, none follows such a mark inside one)
    lines = [
        "果等情况予以保密；",
        "（五）党内法规和法律",
        "法规规定的其他义务。",
        "第三十七条 被检举控",
        "告人应当履行以下义务：",
    ]
    lines += ["（一）正确对待检举控", "告，有则改之、无则加勉，", "习惯在受监督和约束的环境", "中工作生活；"]
    lines += ["（二）相信组织、依靠", "组织，配合做好了解核实工", "作，实事求是说明问题，不", "得对抗审查调查；"]
    lines += [
        "（三）尊重检举控告人",
        "和处理检举控告工作人员，",
        "不得进行打击报复；",
        "（四）党内法规和法律",
        "法规规定的其他义务。",
    ]
    assert "第三十七条 被检举控告人应当履行以下义务：" in _body_texts(lines)
    # (an item's first line, its indent lost, over a line wider than the column measured there, 十 cells where items
    # open two short and close shorter: the item's second line, not a headline across columns)
    lines = ["（一）对被检举控告的", "问题作出说明、辩解；", "（二）基层党组织讨论", "决定对自身处理、处分时，"]
    lines += [
        "可以参加和进行申辩；",
        "（三）申请反馈核查处",
        "理结论；",
        "（四）对所受处理、处",
        "分不服的，可以申诉或者申",
    ]
    assert _body_texts([*lines, "请复审；"])[-1] == "（四）对所受处理、处分不服的，可以申诉或者申请复审；"
    # (… and an interview's question or answer, 记者： / 答：, and a figure's label, 图②：, under a stop: 140, 69 and 60
    # paragraphs open so, one such follows a stop inside one)
    lines = ["问：今年以来，全省脱贫攻坚工作进", "展如何？下一步有哪些具体打算？", "答：截至目前，全省已有八成贫困县"]
    lines += [
        "摘帽，剩余贫困人口全部纳入帮扶。",
        "记者：下一步还有哪些重点工作安排",
        "和具体措施？请您具体谈一谈好吗？",
    ]
    lines += ["答：今年是脱贫攻坚收官之年，我们", "将集中力量攻克最后的堡垒。", "图②：村民在合作社里分拣刚采摘的"]
    assert [t[:2] for t in _body_texts([*lines, "猕猴桃。"])] == ["问：", "答：", "记者", "答：", "图②"]
    # (… and a bracketed note, （新华社香港5月8日电）, （本报记者…）, （作者为…）, under a stop: the article's closing line,
    # whatever the line model reads of the widths; under a comma, or opening on another word, no such line)
    from banmian.model import Line
    from banmian.reconstruct.reflow import _features, _item_under_clause_end

    notes = [
        "（新华社香港5月8日电）",
        "（本报记者 李某）",
        "（作者为某大学教授）",
        "（据新华社电）",
        "（综合本报记者报道）",
        "（执笔：李某）",
    ]
    pl, _ = _features([Line(t) for t in ["从来只是政治骗局。", "从来只是政治骗局，", *notes, "（下同）"]])
    assert [_item_under_clause_end(pl[0], p) for p in pl[2:]] == [True] * 6 + [False]
    assert not any(_item_under_clause_end(pl[1], p) for p in pl[2:] if not p.text.startswith(("（本报", "（作者")))
    # (a reporter's or an author's note opens its line under any line: ——…日前在省政府全体会议上说 / （本报记者 X整理）, the
    # speaker's words ending on who said them, with no stop; not a bracketed role in running text, 主持人：张某（本报记者）)
    pl, _ = _features(
        [Line(t) for t in ["省政府全体会议上说", "（本报记者 李某整理）", "（作者为某大学教授）", "（本报记者）"]]
    )
    assert [_item_under_clause_end(pl[0], p) for p in pl[1:]] == [True, True, False]
    # (not an item's number in running text, 第十二条第 / （二）项规定的…: the sentence goes on)
    lines = ["对于违反本办法第十二条第一款第", "（二）项规定的，由主管部门责令", "改正，并处一万元以下罚款。"]
    assert len(_body_texts(lines)) == 1
    # (nor a sentence citing an article, 第十二条规定的… with no space: it goes on in its paragraph)
    lines = ["对上述行为，有关部门应当依法予以处理。", "第十二条规定的其他情形，参照本条执行，", "不得擅自扩大范围。"]
    assert len(_body_texts(lines)) == 1
    # (nor a bracket opening a line under a colon, 全市现有企业： / （不含外资企业）…: the sentence goes on)
    lines = ["据统计，全市现有各类企业五万余家，其中：", "（不含外资企业）国有企业三千余家，民营", "企业四万余家。"]
    assert len(_body_texts(lines)) == 1


def test_a_bulleted_item_opens_its_own_paragraph():
    # ●认真揉搓双手… under a line ending on a colon at the column's edge, and ●到达目的地… under an item two cells
    # short that ends on no mark: each item is a paragraph of its own (no indent is lost before a bullet)
    lines = [
        "新型冠状病毒通过接触传播，连门",
        "把手上都监测到了病毒。疫情之下，",
        "如何做好个人防护？专家给出建议：",
        "●认真揉搓双手至少15秒，注意清",
        "洗所有皮肤",
        "●接触他人、动物、公共物品，外出",
        "回来后都要洗手",
        "●尽量隔位而坐，或分散而坐",
        "●到达目的地后尽快离开车站了",
        "●手机也要时常消毒",
    ]
    assert _body_texts(lines) == [
        "新型冠状病毒通过接触传播，连门把手上都监测到了病毒。疫情之下，如何做好个人防护？专家给出建议：",
        "●认真揉搓双手至少15秒，注意清洗所有皮肤",
        "●接触他人、动物、公共物品，外出回来后都要洗手",
        "●尽量隔位而坐，或分散而坐",
        "●到达目的地后尽快离开车站了",
        "●手机也要时常消毒",
    ]
    # (… and short items under a subhead, a run of heading lines with no mark at their ends: each item its own
    # paragraph, not one subhead of them all (人民日报 2019–2020: 270 paragraphs open on ◆, none holds one further on)
    body = wrap("还有不少读者提出，企业要严格落实各项疫情防控措施，只有员工安全，才能安全生产。", 13)
    body += wrap("他们在来信中建议，办公场所要加强通风，员工之间保持距离，减少聚集。", 13)
    items = ["◆尽量减少外出活动", "◆外出佩戴口罩", "◆保持手部卫生", "◆主动做好健康监测，自", "觉发热时主动测量体温"]
    tail = wrap("专家提醒，出现发热、咳嗽等症状应及时就医，不要自行服药，以免延误病情。", 13)
    texts = _body_texts(["疫情防控，读者建言", "", "本报记者 王某", "", *body, "个人预防", *items, "", *tail])
    assert texts[-6:-1] == ["个人预防", *items[:3], "◆主动做好健康监测，自觉发热时主动测量体温"]


def test_without_blank_lines_a_box_does_not_end_on_a_pause_or_a_figure_cut_from_its_unit(monkeypatch):
    # pdftotext -raw: 长江水生生物保护， / 与时间赛跑 and 京沈高铁等28 / 个铁路项目复工 are one box each, whatever the box
    # model reads of the two lines (here a model that would set every line apart): no kicker, title or subtitle of
    # 人民日报 ends on ， or 、, and a figure does not leave its unit for the next box; a line ending on no pause
    # under a kicker stays a box of its own
    from banmian.model import Article
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(A, "_box_break", lambda *args: True)
    for head, kicker, title in (
        ("长江水生生物保护，\n与时间赛跑", None, "长江水生生物保护，与时间赛跑"),
        ("渔民退捕上岸、\n转产安置有序", None, "渔民退捕上岸、转产安置有序"),
        ("京沈高铁等28\n个铁路项目复工", None, "京沈高铁等28个铁路项目复工"),
        ("国家卫健委发布会介绍\n老年群体防控要点", "国家卫健委发布会介绍", "老年群体防控要点"),
        # nor inside a word, the next opening on 区 or 器 as a word of its own, nor on 所 or 不 (none of 14,793 kickers,
        # titles and subtitles of 人民日报 does); a box opening on a longer word (区块链, 器官) stays a box of its own
        ("各界人士共话粤港澳大湾\n区发展机遇", None, "各界人士共话粤港澳大湾区发展机遇"),
        ("嫦娥四号着陆器和玉兔二号巡视\n器顺利度过月夜", None, "嫦娥四号着陆器和玉兔二号巡视器顺利度过月夜"),
        ("世卫组织感谢武汉为抗疫所\n做的不懈努力", None, "世卫组织感谢武汉为抗疫所做的不懈努力"),
        ("人民公安时刻不\n忘为人民服务", None, "人民公安时刻不忘为人民服务"),
        ("国家卫健委发布会介绍\n区块链加速落地", "国家卫健委发布会介绍", "区块链加速落地"),
        ("国家卫健委发布会介绍\n器官移植工作进展", "国家卫健委发布会介绍", "器官移植工作进展"),
    ):
        units, _ = reflow(text_to_lines(head))
        assert all(u.kind == "heading" for u in units)
        a = Article()
        A._assign_head(a, units, [], blanks=False)
        assert (a.kicker, a.title) == (kicker, title)


def test_bulleted_items_under_a_title_open_the_body():
    # 勤洗手防病毒 / ●认真揉搓双手… / ●接触他人…: the bulleted items are the body's first paragraphs, not the headline
    # (人民日报: no kicker or title opens on a bullet, 2 subtitles of 1,500); a headline of bulleted items alone leaves the
    # article no title and the items in its body
    from banmian.model import Article
    from banmian.reconstruct.assemble import _assign_head
    from banmian.reconstruct.reflow import Unit, reflow
    from banmian.sources.text import text_to_lines

    body = [
        "新型冠状病毒通过接触传播，连门把手上都监测到了病毒。疫情之下，如何做好个人防护？",
        "中国疾控中心专家表示，勤洗手是预防感染最有效的办法之一，要用流动水和洗手液。",
    ]
    text = _page(
        "勤洗手防病毒",
        "●认真揉搓双手至少15秒，注意清洗所有皮肤\n●接触他人、动物、公共物品后都要洗手",
        [body[0]],
        [body[1]],
    )
    (art,) = banmian.parse_text(text).articles
    assert (art.kicker, art.title, art.subtitle) == (None, "勤洗手防病毒", None)
    assert [b.text for b in art.body[:2]] == [
        "●认真揉搓双手至少15秒，注意清洗所有皮肤",
        "●接触他人、动物、公共物品后都要洗手",
    ]
    units, _ = reflow(text_to_lines("●认真揉搓双手至少15秒\n\n●手机也要时常消毒"))
    units = [Unit("heading", u.lines, u.blank_before) for u in units]
    a = Article()
    below = _assign_head(a, units, [], blanks=True)
    assert (a.title, [u.text for u in below]) == (None, ["●认真揉搓双手至少15秒", "●手机也要时常消毒"])


def test_a_lone_lead_in_over_a_finished_sentence_opens_the_body():
    # 东部战区某调度中心—— / 让最辛苦的人最“安全”…。: a headline of one box ending on —— over a first paragraph that ends
    # its sentence is the body's lead-in paragraph, not a title (人民日报 2019–2020: no title ends on ——, 45 first
    # paragraphs do); over a line that ends no sentence it is a kicker over its title, and stays in the headline
    from banmian.model import Article
    from banmian.reconstruct import assemble as A
    from banmian.reconstruct.reflow import Unit, reflow
    from banmian.sources.text import text_to_lines

    def line_unit(kind: str, text: str, blank_before: bool = False) -> Unit:
        (u,), _ = reflow(text_to_lines(text))
        return Unit(kind, u.lines, blank_before)

    def read(boxes: list[str], first: str) -> tuple[str | None, str | None, list[str]]:
        a = Article()
        heads = [line_unit("heading", b, k > 0) for k, b in enumerate(boxes)]
        below = A._assign_head(a, heads, [], blanks=True, body=A._BodyPairs([line_unit("paragraph", first)]))
        return a.kicker, a.title, [u.text for u in below]

    finished = "让最辛苦的人最安全。除夕夜，阴雨连绵。"
    assert read(["东部战区某调度中心——"], finished) == (None, None, ["东部战区某调度中心——"])
    unfinished = "老虎苍蝇一起打，保持反腐败高压态势"
    assert read(["解读中央纪委四次全会精神之三——"], unfinished) == (None, "解读中央纪委四次全会精神之三——", [])
    assert read(["东部战区某调度中心"], finished) == (None, "东部战区某调度中心", [])
    # (a title box under it: the line is that title's kicker)
    assert read(["东部战区某调度中心——", "战疫情，有我在！"], finished) == (
        "东部战区某调度中心——",
        "战疫情，有我在！",
        [],
    )
    # (without a body to read, nothing says the sentence ends)
    a = Article()
    assert A._assign_head(a, [line_unit("heading", "东部战区某调度中心——")], [], blanks=True) == []
    assert a.title == "东部战区某调度中心——"
    # (a headline printed after its body is no lead-in to it; nor is one over a first unit that is no paragraph; a
    # second headline of an article with its title already read keeps its line for the record)
    a = Article()
    below = A._assign_head(
        a,
        [line_unit("heading", "东部战区某调度中心——")],
        [],
        blanks=True,
        body=A._BodyPairs([line_unit("paragraph", finished)]),
        before_body=False,
    )
    assert (a.title, below) == ("东部战区某调度中心——", [])
    a = Article()
    body = A._BodyPairs([line_unit("heading", finished)])
    assert A._assign_head(a, [line_unit("heading", "东部战区某调度中心——")], [], blanks=True, body=body) == []
    assert a.title == "东部战区某调度中心——"
    a, unassigned = Article(title="战疫情，有我在！"), []
    body = A._BodyPairs([line_unit("paragraph", finished)])
    assert A._assign_head(a, [line_unit("heading", "东部战区某调度中心——")], unassigned, blanks=True, body=body) == []
    assert (a.title, unassigned) == ("战疫情，有我在！", ["东部战区某调度中心——"])


def test_a_figures_note_after_the_stop_ends_the_sentence():
    # …生产和供应业增长6.5%。（见表3） / 年末全国发电装机容量201066万…: the note on a table or figure after the stop
    # (统计公报) leaves the sentence ended, and the line under it, a cell short, opens the next paragraph
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    above = [
        "专用设备制造业增长6.9%，汽车制造",
        "业增长1.8%，电气机械和器材制造业",
        "增长10.7%，计算机、通信和其他电",
        "子设备制造业增长9.3%，电力、热力",
    ]
    below = ["年末全国发电装机容量201066万", "千瓦，比上年末增长5.8%。其中火", "电装机容量119055万千瓦。"]

    def paragraphs(last: str) -> list[str]:
        units, _ = reflow(text_to_lines("\n".join([*above, last, *below])))
        return [u.text for u in units]

    assert len(paragraphs("生产和供应业增长6.5%。（见表3）")) == 2
    assert len(paragraphs("生产和供应业增长6.5%。（见图1）（见表3）")) == 2
    # (a bracket that is no such note, or one the sentence goes on after, is no stop)
    assert len(paragraphs("生产和供应业增长6.5%（见表3）")) == 1
    assert len(paragraphs("生产和供应业增长6.5%。（单位：元）")) == 1


def test_a_page_opening_on_a_report_keeps_the_headline_printed_under_it():
    # a generated page (the project's own records, pdftotext -raw style) opens on a report whose headline is printed
    # under its body, as are the next two: each report keeps the headline under it.  With the page's first article
    # cheaper untitled than the others (``assemble.UNTITLED_FIRST`` at half of ``UNTITLED``), the first report was
    # left without one and every headline moved one report down
    from banmian.evaluate.generate import generate_page, synthetic_records

    page = generate_page(synthetic_records(seed=218, articles=4), seed=218, style="raw")
    want = [(a["title"], a["body"][0]["text"][:10]) for a in page.truth["articles"]]
    got = [(a.title, a.body[0].text[:10]) for a in banmian.parse_text(page.text).articles]
    assert got[:3] == want[:3]


@pytest.mark.parametrize("blank_lines", [True, False])
def test_an_orders_line_under_a_laws_title_opens_the_body(blank_lines):
    # 示例管理条例 / 中华人民共和国国务院令 / 第999号 / 《示例管理条例》已经…: the order a regulation is published under, and
    # its number, open the regulation's body as two subheads of their own (人民日报 prints them so); they are neither
    # the title's second half nor a subtitle, with blank lines or without, and the law's date line stays its subtitle
    sep = "\n\n" if blank_lines else "\n"
    # (a narrow column, as law pages print: the order's line nearly fills it)
    body = ["《示例管理条例》已经国务", "院常务会议通过现予公布自", "明年五月一日起施行。"]
    rest = ["第一条 为了规范示例管理", "工作保障各方按时足额获得", "报酬根据有关法律规定制定", "本条例。"]
    for head in (["示例管理条例"], ["示例管理条例", "（2019年12月30日国务院第73次常务会议通过）"]):
        text = sep.join([*head, "中华人民共和国国务院令", "第999号", "\n".join(body), "\n".join(rest)])
        (a,) = banmian.parse_text(text).articles
        assert a.title == "示例管理条例"
        assert a.kicker is None
        assert a.subtitle == (head[1] if len(head) > 1 else None)
        assert [(b.type, b.text) for b in a.body[:2]] == [
            ("subhead", "中华人民共和国国务院令"),
            ("subhead", "第999号"),
        ]
    # (the order printed on its own is its own headline: its line stays the title, the body opens on the text)
    (a,) = banmian.parse_text(sep.join(["中华人民共和国主席令", "第四十五号", "\n".join(body)])).articles
    assert a.title.startswith("中华人民共和国主席令")
    assert a.body[0].text.startswith("《示例管理条例》")


def test_a_marked_byline_under_a_box_over_sections_with_plain_bylines_is_the_articles():
    # 人民眼·疫情防控 / 战斗在社区疫情防控第一线 / □本报记者 X over sections each opened by a place, a subhead and
    # 本报记者 Y: a section's byline prints as its siblings' do, so the marked one is the article's and the box over it
    # the title (it had been read as the first section's subhead, the column's name left as the title)
    from banmian.reconstruct.assemble import _Draft, _first_section_subhead
    from banmian.reconstruct.reflow import reflow
    from banmian.sources.text import text_to_lines

    def draft(byline: str, mark: str = "") -> _Draft:
        lines = ["人民眼·疫情防控", "", "战斗在社区疫情防控第一线", "", byline, "", *_block(SECTION), ""]
        for place, head, name in [
            ("河南郑州市建新南街社区", "老兵志愿服务队", "马 峰"),
            ("重庆渝北区翠苹路社区", "挨家挨户严排查", "蒋 龙"),
            ("北京通州区中仓社区", "照片背后的故事", "贺 勇"),
        ]:
            lines += [place, "", head, "", f"{mark}本报记者 {name}", "", *_block(SECTION[::-1]), ""]
        # (a bulleted paragraph opens on a mark too: no byline)
        lines += ["◆社区工作者挨家挨户上门排查，登记返乡人员信息，做到不漏一户、不漏一人。", ""]
        units, _ = reflow(text_to_lines("\n".join(lines)))
        assert [u.kind for u in units[:4]] == ["heading", "heading", "byline", "paragraph"]
        d = _Draft(head_before=units[:3], body=units[3:])
        _first_section_subhead(d)
        return d

    d = draft("□本报记者 朱 明")
    assert [u.text for u in d.head_before] == ["人民眼·疫情防控", "战斗在社区疫情防控第一线", "□本报记者 朱 明"]
    # (a byline printed as the sections' are is the first section's, and the box over it its subhead)
    for byline, mark in [("本报记者 朱 明", ""), ("□本报记者 朱 明", "□")]:
        d = draft(byline, mark)
        assert [u.text for u in d.head_before] == ["人民眼·疫情防控"]
        assert [u.text for u in d.body[:2]] == ["战斗在社区疫情防控第一线", byline]


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_commentarys_column_inside_a_headline_block_opens_the_commentary(blank_lines):
    # 来自疫情防控一线的报道 / 战“疫”一线的青春影像 / 版式设计 / 蔡华伟 / 快评 / “90后”，好样的！ over a commentary: a photo
    # report (no text but its credits) and the commentary under its own column and title; they had been read as one
    # headline, the commentary's column and title its subtitle
    sep = "\n\n" if blank_lines else "\n"
    said = "情真意切的话语背后，是一群年轻人的挺身而出，他们义无反顾地冲在最前面，用行动诠释了担当和责任。"
    body = sep.join(["\n".join(wrap(said, 16)), "\n".join(wrap(said[::-1], 16))])

    def articles(head: list[str]) -> list[tuple]:
        page = banmian.parse_text(sep.join([*head, body]))
        return [(a.column, a.title, [b.text for b in a.body][:1]) for a in page.articles]

    spread = ["来自疫情防控一线的报道", "战“疫”一线的青春影像"]
    for credit in (["版式设计：蔡华伟"], ["版式设计", "蔡华伟"]):
        got = articles([*spread, *credit, "快评", "“90后”，好样的！"])
        assert got == [
            ("来自疫情防控一线的报道", "战“疫”一线的青春影像", ["".join(credit)]),
            ("快评", "“90后”，好样的！", [said]),
        ]
    got = articles([*spread, "人民时评", "为了沉甸甸的收获"])
    assert [(c, t) for c, t, _ in got] == [
        ("来自疫情防控一线的报道", "战“疫”一线的青春影像"),
        ("人民时评", "为了沉甸甸的收获"),
    ]
    # (a series' name alone over the column is no headline of its own; nor is a column's line with no title under it,
    # nor a line that only ends on such a word, a headline's first line broken there)
    for head in (
        ["来自疫情防控一线的报道", "快评", "“90后”，好样的！"],
        [*spread, "快评", "□本报记者 吴 昭"],
        ["战“疫”一线的青春影像", "一线青年写下的快评", "好样的！"],
    ):
        assert len(articles(head)) == 1, head
    # (a byline over the column is no headline of its own)
    from banmian.reconstruct.assemble import _comment_columns_open_articles, _Draft
    from banmian.reconstruct.reflow import Unit, reflow
    from banmian.sources.text import text_to_lines

    def line_unit(kind: str, text: str) -> Unit:
        (u,), _ = reflow(text_to_lines(text))
        return Unit(kind, u.lines)

    units = [
        line_unit("byline", "□本报记者 吴 昭"),
        line_unit("heading", "快评"),
        line_unit("heading", "为了沉甸甸的收获"),
    ]
    assert len(_comment_columns_open_articles([_Draft(head_before=units)])) == 1
    assert (
        len(_comment_columns_open_articles([_Draft(head_before=[line_unit("heading", "战“疫”一线"), *units[1:]])])) == 2
    )


def test_a_line_with_a_comma_running_into_the_paragraph_under_it_inside_a_word_opens_it():
    # text without blank lines: a line read as a heading that holds a comma and runs into the paragraph right under it
    # inside a word of the segmenter's dictionary (说，政 / 府工作报告: 政府) is the paragraph's first line, not a
    # subhead; a subhead over a paragraph that opens on a name (就业 / 余蔚平: the segmenter reads 业余) and one with no
    # comma (织牢保障网 / 住进…: 网住) stay headings
    from banmian.reconstruct import reflow as R
    from banmian.reconstruct.unit import Unit
    from banmian.sources.text import text_to_lines

    def read(head: str, para: list[str]) -> list[tuple[str, str]]:
        units, _ = R.reflow(text_to_lines("\n".join([head, *para])))
        lines = [ln for u in units for ln in u.lines]
        out = R._comma_lines_open_paragraphs([Unit("heading", lines[:1], False), Unit("paragraph", lines[1:], False)])
        return [(u.kind, u.text) for u in out]

    body = ["府工作报告直面疫情带来的严峻挑", "战，是一个求真务实的好报告。"]
    assert read("湘在参加河南代表团审议时说，政", body) == [
        ("paragraph", "湘在参加河南代表团审议时说，政府工作报告直面疫情带来的严峻挑战，是一个求真务实的好报告。")
    ]
    said = ["余蔚平表示，我国社会保险制度运", "行总体良好，基金收支平衡。"]
    assert [k for k, _ in read("减收影响可控，财政将继续加力稳岗就业", said)] == ["heading", "paragraph"]
    homes = ["住进村里的幸福大院，老人们吃", "得好、住得好。"]
    assert [k for k, _ in read("织牢保障网", homes)] == ["heading", "paragraph"]
    # (nor a subhead with a comma whose last word ends at the break, 耐心倾听，分类关怀 / 社区工作者…)
    visits = ["社区工作者每天上门走访，了解", "老人的需要。"]
    assert [k for k, _ in read("耐心倾听，分类关怀", visits)] == ["heading", "paragraph"]


def test_a_line_opening_on_a_leads_time_and_a_comma_over_a_paragraph_opens_it(monkeypatch):
    # text without blank lines: 连日来，重庆市北碚区采取 read as a heading over 主动上门、现场办公… is the paragraph's first
    # line (5,000 paragraphs of 人民日报 open on a time or a link and a comma, no title, subtitle or subhead does); a
    # subhead opening otherwise (加强消毒 保障出行) stays a heading, and so does one opening on 同时，
    from banmian.reconstruct import reflow as R
    from banmian.reconstruct.unit import Unit
    from banmian.sources.text import text_to_lines

    def kinds(head: str, para: list[str], size: bool = False) -> list[str]:
        units, _ = R.reflow(text_to_lines("\n".join([head, *para])))
        lines = [ln for u in units for ln in u.lines]
        lines[0].heading_size = size
        below = Unit("paragraph", lines[1:], para[0] == "")
        return [u.kind for u in R._lead_lines_open_paragraphs([Unit("heading", lines[:1], False), below])]

    body = ["主动上门、现场办公、驻点服务", "等方式，帮助外贸企业复工。"]
    for head in (
        "连日来，重庆市北碚区采取",
        "2月25日，重庆市北碚区采取",
        "2019年，重庆市北碚区采取",
        "区商务委指出，北碚区采取",
        "区商务委负责人说，北碚区采取",
        "从全年来看，重庆市北碚区采取",
        "作为外贸大区，重庆市北碚区采取",
        "记者：北碚区为外贸企业采取",
        "2015年1月，重庆市北碚区采取",
        "区商务委有关负责人介绍，北碚区采取",
        "统计显示，重庆市北碚区采取",
    ):
        assert kinds(head, body) == ["paragraph"]
    for head in ("加强消毒 保障出行", "同时，北碚区企业"):
        assert kinds(head, body) == ["heading", "paragraph"]
    # across a blank line (a jump to the next column) where the line ends no sentence; not a line ending on a colon,
    # a paragraph of its own, nor a line a PDF sets larger than the body
    assert kinds("连日来，重庆市北碚区采取", ["", *body]) == ["paragraph"]
    assert kinds("连日来，重庆市北碚区采取措施。", ["", *body]) == ["heading", "paragraph"]
    assert kinds("对此，北碚区采取以下措施：", body) == ["heading", "paragraph"]
    assert kinds("问：北碚区采取了哪些措施？", body) == ["heading", "paragraph"]
    assert kinds("连日来，重庆市北碚区采取", body, size=True) == ["heading", "paragraph"]
    # read as the last of the reflow's passes (the line under it may be a heading line until the passes before it make
    # it a paragraph's: 连日来，… / 主动上门、现场办公、驻点服务 / 等方式…, under a byline)
    text = "\n".join(["连日来，重庆市北碚区采取", *body])
    lines = [ln for u in R.reflow(text_to_lines(text))[0] for ln in u.lines]
    settled = [Unit("heading", lines[:1], False), Unit("paragraph", lines[1:], False)]
    monkeypatch.setattr(R, "_unfinished_tails_apart", lambda units: settled)
    assert [u.kind for u in R.reflow(text_to_lines(text))[0]] == ["paragraph"]


def test_a_heading_line_no_headline_could_be_over_a_paragraph_opens_it(monkeypatch):
    # a line read as a heading that leaves a quotation open which the paragraph under it closes first (“我家的家风是
    # ‘天道酬 / 勤’”…), or that ends on a word of one character opening a phrase (很容易就 / 能被…), is the paragraph's
    # first line: no kicker, title, subtitle or subhead of 人民日报 does either; a subhead that is whole stays a heading
    from banmian.reconstruct import reflow as R
    from banmian.reconstruct.unit import Unit
    from banmian.sources.text import text_to_lines

    def kinds(head: str, para: list[str]) -> list[str]:
        units, _ = R.reflow(text_to_lines("\n".join([head, *para])))
        lines = [ln for u in units for ln in u.lines]
        below = Unit("paragraph", lines[1:], para[0] == "")
        return [u.kind for u in R._unfinished_heads_open_paragraphs([Unit("heading", lines[:1], False), below])]

    quoted = ["勤’”“我家的是‘尊老爱幼’”……课间", "休息时，几名学生说起家风。"]
    assert kinds("“我家的家风是‘天道酬", quoted) == ["paragraph"]
    assert kinds("（记者手记", ["）翻开这本书，很容易被打动。"]) == ["paragraph"]
    # (the paragraph must close the mark first: one opening a quotation of its own leaves the heading alone)
    assert kinds("“我家的家风是‘天道酬", ["“勤俭”是我家的家风。"]) == ["heading", "paragraph"]
    assert kinds("突出首要任务，保障文化安全", quoted) == ["heading", "paragraph"]
    moved = ["能被里面的故事和文字打动，", "读来令人难忘。"]
    # (the segmenter's dictionary alone, not its guesses at unknown pairs: 一是 is no word of it)
    for head in ("翻开《希望》，很容易就", "这本书的故事也", "乡村振兴的路子被", "主要有三方面举措，一是"):
        assert kinds(head, moved) == ["paragraph"]
    # across a blank line (a jump to the next column) where the heading ends no sentence
    assert kinds("翻开《希望》，很容易就", ["", *moved]) == ["paragraph"]
    # a figure broken from its unit (2.6 / 万余名), not one over a paragraph opening otherwise, nor a numbered mark (②)
    members = ["万余名党员坚守在防疫一线，", "保障旅客平安出行。"]
    assert kinds("中铁郑州局集团公司2.6", members) == ["paragraph"]
    assert kinds("中铁郑州局集团公司2020", ["党员坚守在防疫一线。"]) == ["heading", "paragraph"]
    assert kinds("——努力完成主要目标任务②", members) == ["heading", "paragraph"]
    # a subhead ending on a word of two characters that ends in one of those (社会力量齐参与: 参与, 缺一不可), on one
    # left out (泣血默对), or of fewer than four characters stays a heading
    for head in (
        "社会力量齐参与",
        "传统工艺和新技术缺一不可",
        "惟敬担当，泣血默对",
        "錞于",
        "突出首要任务，保障文化安全",
    ):
        assert kinds(head, moved) == ["heading", "paragraph"], head
    # read as the last of the reflow's passes
    text = "\n".join(["翻开《希望》，很容易就", *moved])
    lines = [ln for u in R.reflow(text_to_lines(text))[0] for ln in u.lines]
    settled = [Unit("heading", lines[:1], False), Unit("paragraph", lines[1:], False)]
    monkeypatch.setattr(R, "_lead_lines_open_paragraphs", lambda units: settled)
    assert [u.kind for u in R.reflow(text_to_lines(text))[0]] == ["paragraph"]


def test_a_paragraph_ending_on_a_word_that_opens_a_phrase_runs_on_into_the_unit_under_it(monkeypatch):
    # （二）基层党组织讨论决定对 / 自身处理、处分时…: a paragraph the reflow ended on 对 runs on into the unit under it (no
    # paragraph of 人民日报 ends so); not one ending on a word of two characters (参与), on 的 (是站不住脚的), nor into
    # a bracket or a bullet opening an item of its own, nor into a line a PDF sets larger than the body
    from banmian.reconstruct import reflow as R
    from banmian.reconstruct.unit import Unit
    from banmian.sources.text import text_to_lines

    def kinds(
        first: str, below: str, kind: str = "paragraph", size: bool = False, upper: str = "paragraph"
    ) -> list[str]:
        lines = [ln for u in R.reflow(text_to_lines(f"{first}\n{below}"))[0] for ln in u.lines]
        lines[1].heading_size = size
        units = [Unit(upper, lines[:1], False), Unit(kind, lines[1:], False)]
        return [u.kind for u in R._unfinished_paragraphs_run_on(units)]

    rest = "自身处理、处分时，可以参加和进行申辩；"
    assert kinds("（二）基层党组织讨论决定对", rest) == ["paragraph"]
    assert kinds("（二）基层党组织讨论决定对", "学会友，心灵也就有了寄托之所", "heading") == ["paragraph"]
    assert kinds("（二）基层党组织讨论决定对", "1月14日举行第十五轮对话。") == ["paragraph"]
    assert kinds("（二）基层党组织讨论决定对", "“老赖”的处理，可以申辩；") == ["paragraph"]
    for first in ("（二）基层党组织鼓励群众参与", "这种说法显然是站不住脚的", "激发基层干部担当有为"):
        assert kinds(first, rest) == ["paragraph", "paragraph"], first
    for below in ("（三）对检举控告人的处理；", "◆不随地吐痰"):
        assert kinds("（二）基层党组织讨论决定对", below) == ["paragraph", "paragraph"], below
    assert kinds("（二）基层党组织讨论决定对", rest, size=True) == ["paragraph", "paragraph"]
    # (a paragraph only, into a paragraph or a heading line: not a heading over it, nor into a byline)
    assert kinds("我国制度优势体现了对", rest, upper="heading") == ["heading", "paragraph"]
    assert kinds("（二）基层党组织讨论决定对", "本报记者王某", "byline") == ["paragraph", "byline"]
    # read as the last of the reflow's passes
    text = "\n".join(["（二）基层党组织讨论决定对", rest])
    lines = [ln for u in R.reflow(text_to_lines(text))[0] for ln in u.lines]
    settled = [Unit("paragraph", lines[:1], False), Unit("paragraph", lines[1:], False)]
    monkeypatch.setattr(R, "_unfinished_heads_open_paragraphs", lambda units: settled)
    assert [u.kind for u in R.reflow(text_to_lines(text))[0]] == ["paragraph"]


def test_a_note_or_a_sentence_read_as_a_headline_goes_back_to_the_article_before_it():
    # no kicker or title of 人民日报 is a note wholly in brackets or a sentence ending on 。: an article so headed was cut
    # from the one before it at that line, which goes back there (a writer's note as its byline where it has none)
    from banmian.model import Article, Block, Continuation
    from banmian.reconstruct.assemble import _notes_not_headlines

    def art(title: str | None, *body: str, **fields) -> Article:
        return Article(title=title, body=[Block("paragraph", b) for b in body], **fields)

    def run(*arts: Article) -> list[tuple]:
        out = _notes_not_headlines(list(arts))
        return [(a.kicker, a.title, a.byline, [b.text for b in a.body], a.captions, a.authors) for a in out]

    def first() -> Article:
        return art("国务院任免国家工作人员", "新华社北京5月8日电 国务院任免国家工作人员。")

    note = "免去孙力军的公安部副部长职务。"
    assert run(first(), art(note, captions=["图为会场"])) == [
        (None, "国务院任免国家工作人员", None, ["新华社北京5月8日电 国务院任免国家工作人员。", note], ["图为会场"], [])
    ]
    # the body under the note goes to the next article's headline, printed under it with no body of its own
    theory, after = "不断开辟“中国之治”新境界", "历史交汇点上的伟大宣示"

    def writer() -> Article:
        return art(
            "（作者为中央党校研究员）", "党的十九届…", byline="（作者为王某）", authors=["王某"], captions=["图"]
        )

    assert run(art(theory, "制度是个好制度。"), writer(), art(after)) == [
        (None, theory, "（作者为中央党校研究员）", ["制度是个好制度。"], [], []),
        (None, after, "（作者为王某）", ["党的十九届…"], ["图"], ["王某"]),
    ]
    # (not to a next article with a body of its own, a byline where both have one, or headed by a note itself)
    assert [a[1] for a in run(first(), art("（以播出为准）", "表演"), art(after, "开篇"))] == [
        first().title,
        None,
        after,
    ]
    assert [a[1] for a in run(art(theory, "制度。"), writer(), art(after, "开篇"))] == [theory, writer().title, after]
    assert [a[1] for a in run(art(theory, "制度。"), writer(), art(after, byline="本报记者 李某"))] == [
        theory,
        "（作者为中央党校研究员）",
        after,
    ]
    assert run(first(), art("（以播出为准）", "表演：李谷一"), art("（完）"))[1][:4] == (
        None,
        None,
        None,
        ["表演：李谷一", "（完）"],
    )
    assert [a[1] for a in run(first(), art("（以播出为准）", "表演：李谷一"), art(None))] == [first().title, None, None]
    # (a writer's note goes back as a paragraph where the article has a byline)
    out = run(art(theory, "制度。", byline="本报记者 王某"), writer(), art(after))
    assert out[0][2:4] == ("本报记者 王某", ["制度。", "（作者为中央党校研究员）"])
    # else the body stays an article of its own, untitled; a note over a byline heads an article all the same
    assert run(first(), art("（以播出为准）", "表演：李谷一"))[1][:4] == (None, None, None, ["表演：李谷一"])
    assert run(first(), art("（以播出为准）", "表演：李谷一", byline="本报记者 王某"))[1][1] == "（以播出为准）"
    # a kicker so read goes back alone, its title staying
    out = run(first(), art("奋力夺取双胜利", "中共中央政治局常务委员会…", kicker="会议还研究了其他事项。"))
    assert out[0][3][-1] == "会议还研究了其他事项。" and out[1][:2] == (None, "奋力夺取双胜利")
    # not a headline that is no note: an exclamation, a bracket not closed in the line, one with a kicker or a
    # column's name over it, a continued article's, or the page's first article's
    for head in (
        art("祝大家新年快乐！"),
        art("（国家行政学院）政法部主任、教授）"),
        art("（以播出为准）", kicker="春晚"),
        art("（以播出为准）", column="大家手笔"),
        art("（以播出为准）", subtitle="中央广播电视总台春节联欢晚会"),
        art("（以播出为准）", continued_from=Continuation(1, "（上接第一版）")),
        art("（以播出为准）", continues_to=Continuation(2, "（下转第二版）")),
    ):
        assert len(run(first(), head)) == 2, head.title
    assert run(art(note))[0][1] == note
    # (a note with no body takes its captions back with it, whatever the headline under it; a kicker over no title
    # is no headline's kicker)
    out = run(first(), art(note, captions=["图为会场"]), art(after))
    assert out[0][4] == ["图为会场"] and out[1][4] == []
    assert run(first(), art(None, "正文", kicker="会议还研究了其他事项。"))[1][0] == "会议还研究了其他事项。"
    assert run(first(), art("。"))[0][3][-1] == "。"


def test_a_line_saying_who_said_the_quotation_above_ends_its_paragraph(monkeypatch):
    # “…当成自己人！” at the column's edge, then 驻村干部李某某说。 alone on its line: who said it, the end of the
    # quotation's paragraph (人民日报 2019–2020: 3,810 paragraphs end on a closing quotation mark and such words; none
    # is such words alone after a paragraph ending on the mark), whatever the line model reads of the short line
    quote = [
        "“如果我们不做这",
        "些，‘最后一公里’就",
        "没修完，心就没有通。",
        "只要我们做的比老百姓",
        "想的要多，比老百姓的",
    ]
    quote += ["需求要好，老百姓一定", "会把我们当成自己人！”"]
    lines = ["村里的道路修好了，", "村民出门再也不用踩", "泥巴了。", *quote, "驻村干部李某某说。", "", "本版责编：王某"]
    assert _body_texts(lines)[-1].endswith("当成自己人！”驻村干部李某某说。")
    # (only such words, ending the line on a stop: not a line going on past them, 他说：, 他说，…, nor a visit, 访问。, nor
    # an interview's question, 记者：…)
    from banmian.reconstruct import reflow
    from banmian.sources.text import text_to_lines

    said = [
        "习近平总书记问。",
        "沈某表示。",
        "他说：",
        "他说，好。",
        "此系总统首次对华进行国事访问。",
        "记者：请您介绍。",
    ]
    assert [reflow._SAID_LINE.fullmatch(t) is not None for t in said] == [True, True, False, False, False, False]
    # (and only under a closing quotation mark, the line model made to break the paragraph every time)
    monkeypatch.setattr(reflow, "_pair_logit", lambda x: -5.0)
    for last, runs_on in (("会把我们当成自己人！”", True), ("会把我们当成自己人了。", False)):
        pl, _ = reflow._features(text_to_lines("\n".join([*quote[:-1], last, "驻村干部李某某说。"])))
        reflow._column_widths(pl)
        para = reflow.Unit("paragraph", pl[:-1])
        assert reflow._runs_on_here(pl, len(pl) - 1, para, True, True, False) is runs_on


def test_a_captions_first_line_opening_on_a_figures_label_goes_on_in_a_wider_second_line():
    # 图②：北京延庆世园会 / 园区，孩子们在首届世园文 / 化庙会中游玩。 in a column measured narrower than the caption's
    # lines: the caption's second line, not a headline across columns (190 captions of 人民日报 2019–2020 open on such a
    # label, 4 end on no stop, each a credit); a line holding a field's label (时间：…) or two colons stays apart
    from banmian.reconstruct import reflow as R
    from banmian.sources.text import text_to_lines

    body = wrap("家住村东头的老郎对新年充满期待。最近，他家刚装上了宽带，准备把自家的花椒、核桃卖到城里去。", 11)
    for first, goes_on in (
        ("图②：北京延庆世园会", True),
        ("时间：北京延庆世园会", False),
        ("图②：左起：北京世园会", False),
    ):
        pl, _ = R._features(text_to_lines("\n".join([*body, "", first, "园区，孩子们在首届世园文", "化庙会中游玩。"])))
        R._column_widths(pl)
        k = next(i for i, p in enumerate(pl) if p.text == first)
        assert pl[k + 1].width > pl[k + 1].col  # (wider than the column measured there)
        assert R._wider_second_line(pl[k], pl[k + 1]) is goes_on


def test_a_sections_byline_wrapped_onto_a_name_line_is_one_paragraph():
    # 本报记者 刘新吾 / 常碧罗 under a section's subhead, in a column too narrow for both names: one byline paragraph,
    # as the section prints it (the name that did not fit, a unit of its own, joins it with a space); the names are the
    # article's authors
    first = wrap("各地在做好疫情防控的同时，加快推进复工复产，一批重点项目陆续开工，经济运行逐步恢复常态。", 9)
    second = wrap("室外寒风嗖嗖，室内暖意融融，十多名老人围坐在一起，一边晒太阳一边拉家常。", 9)
    lines = ["复工复产跑出加速度", "", *first, "", "探索养老新方式", "", "本报记者 刘新吾", "常碧罗", "", *second]
    (a,) = banmian.parse_text("\n".join(lines)).articles
    assert "本报记者 刘新吾 常碧罗" in [b.text for b in a.body] and a.authors == ["刘新吾", "常碧罗"]
    # (not a byline of its own under it, 本报记者 常碧罗: two sections' reporters)
    lines = [
        "复工复产跑出加速度",
        "",
        *first,
        "",
        "探索养老新方式",
        "",
        "本报记者 刘新吾",
        "本报记者 常碧罗",
        "",
        *second,
    ]
    texts = [b.text for b in banmian.parse_text("\n".join(lines)).articles[0].body]
    assert "本报记者 刘新吾" in texts and "本报记者 常碧罗" in texts


def test_an_annotation_opening_a_line_goes_on_in_the_paragraph_above(monkeypatch):
    # 乃依木·亚森 / （维吾尔族） 于伟国…, 英国国家统计局 / （ONS）1月13日发布…: an ethnicity, a woman's mark, an abbreviation or
    # an age in brackets notes the word before it (in 人民日报 2019–2020 505 follow a character inside a paragraph, none
    # opens one), whatever the line model reads of the widths; not under a stop
    from banmian.reconstruct import reflow as R
    from banmian.sources.text import text_to_lines

    monkeypatch.setattr(R, "_pair_logit", lambda x: -5.0)  # (a model that breaks every paragraph)
    for last, below, runs_on in (
        ("英国国家统计局", "（ONS）1月13日发布的数据显示，", True),
        ("全国人大代表乃依木·亚森", "（维吾尔族）在审议时表示，", True),
        ("英国国家统计局发布了数据。", "（ONS）1月13日发布的数据显示，", False),
        ("英国国家统计局", "（下转第二版）", False),
    ):
        pl, _ = R._features(text_to_lines("\n".join([*wrap(SECTION, 14), last, below])))
        R._column_widths(pl)
        para = R.Unit("paragraph", [pl[-2]])
        assert R._runs_on_here(pl, len(pl) - 1, para, False, True, False) is runs_on
