"""The page generator: print realism, reproducibility and the nothing-lost invariant."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from banmian.evaluate.generate import (
    CLOSING,
    LineBreaker,
    cells,
    dateline_authors,
    generate_page,
    group_pages,
    is_subhead,
    read_corpus,
    sample_pages,
    split_names,
    synthetic_records,
    unjoin,
    wrap,
)
from banmian.evaluate.metrics import score_page
from banmian.model import Page

SHARED = Path(os.environ.get("BANMIAN_SHARED") or Path(__file__).resolve().parents[2] / "shared")
CORPUS = SHARED / "corpus" / "rmrb-2019-2020.jsonl.gz"


def rec(order, title, paragraphs, kind="article", kicker=None, subtitle=None, also=(), first_page=3):
    return {
        "id": f"x-{order}",
        "date": "2019-02-01",
        "newspaper": "人民日报",
        "page": 3,
        "order": order,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "paragraphs": paragraphs,
        "kind": kind,
        "also_on_pages": list(also),
        "first_page": first_page,
        "page_missing_orders": [],
    }


# A made-up page: every case the generator handles, in text written for this test.
LONG = (
    "城市东边的老街上新开了一家书店，店主每天清晨推开木门，把当天的报纸摆上长桌，"
    "附近的居民买菜回来总要进去坐一坐，翻几页书，聊几句家常。"
)
WINTER = [
    "入冬以来，北方的小城下了第一场雪。清早，环卫工人已经把主干道扫得干干净净，"
    "公交车照常发车，学校门口的志愿者举着小旗，护送孩子们过马路。",
    "社区食堂里热气腾腾。七十多岁的老人坐在窗边，一碗热汤面、两样小菜，只要几块钱。"
    "食堂负责人说，每天来吃饭的老人有两百多位，遇上下雪天，工作人员还会把饭菜送上门。",
    "暖气热不热，是居民最关心的事。供热公司在每个小区设了服务点，接到报修电话，"
    "维修人员一般半小时内就能赶到。去年冬天，全市共处理报修一万余件，满意率超过百分之九十五。",
    "雪后的公园成了孩子们的乐园。堆雪人、打雪仗、滑冰车，笑声在林间回荡。"
    "公园管理处在湖面上划出了安全区，安排专人巡查冰面厚度，提醒游客注意安全。",
    "一位在外地工作的年轻人说，每年冬天回家，都能发现家乡的新变化："
    "新修的路更宽了，老旧小区换了新外墙，街角多了几家书店和咖啡馆。",
]
RECORDS = [
    rec(
        2,
        "老街书店的四季故事（一线视角）",
        [
            "本报北京1月31日电 （记者周明、吴晓燕）" + LONG,
            "书店的故事",
            LONG + "店里还装了新的Wi-Fi路由器和CDMO系统，12月15日起每周开放7天，共有36家单位参与。",
            "开业以来，书店接待读者超过12000人次，举办读书会58场。" * 3,
            "新华社记者 王小明摄",
        ],
        kicker="小城里的文化生活",
        subtitle="——记一家社区书店",
        also=[9],
    ),
    rec(1, "河边的早市", [LONG * 2, "早市有了新规矩", "摊主们说：“规矩立起来，生意更好做。”" + LONG]),
    rec(3, "图片报道", ["江边的清晨，渔船归港。", "张三摄"], kind="photo"),
    rec(4, "广告", [], kind="ad"),
    rec(5, "一条只有标题的记录", [], kind="empty"),
    rec(6, "冬日里的暖阳", WINTER + ["（作者为某大学教授）"], first_page=1),
]


def dehyphenate(text: str) -> str:
    """Remove the hyphens print adds at line ends inside Latin words (next printed line starts with a letter)."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        nxt = next((x for x in lines[i + 1 :] if x.strip()), "")
        if re.search(r"[A-Za-z]-$", line) and re.match(r"[A-Za-z]", nxt):
            line = line[:-1]
        out.append(line)
    return "\n".join(out)


def char_counts(strings) -> Counter:
    return Counter(ch for s in strings for ch in s if not ch.isspace())


def assert_nothing_lost(g) -> None:
    printed = char_counts([dehyphenate(g.text)])
    truth = char_counts(Page.from_dict(g.truth).text_fields())
    assert printed == truth, (printed - truth, truth - printed)


# ------------------------------------------------------------------------------- line breaking


def test_cells_count_ascii_as_half():
    assert cells("人民日报") == 4
    assert cells("CDMO") == 2
    assert cells("12月15日") == 4


def test_latin_word_hyphenated_and_numbers_kept_whole():
    lines, hyphens = wrap("一二三四五六七八九PHARMA以及MAH", 11)
    assert hyphens == 1
    assert lines[0] == "一二三四五六七八九PHA-" and lines[1].startswith("RMA以及")
    # a word with its own hyphen is never broken (a parser could not tell the two hyphens apart)
    lines, hyphens = wrap("一二三四五六七八Wi-Fi以及", 10)
    assert hyphens == 0 and any(line.startswith("Wi-Fi") for line in lines)
    lines, _ = wrap("一二三四五六七八九十12345元", 11)
    assert "12345元" in "".join(lines) and lines[-1].startswith("12345")


def test_closing_punctuation_never_starts_a_line():
    text = "一二三四五，六七八九十。一二三四五六七八九十。”一二三四五六七八九十，“引语”……八九十”……"
    for width in range(5, 12):
        lines, _ = wrap(text, width)
        assert "".join(lines) == text
        assert all(line[0] not in CLOSING for line in lines)
        assert all(cells(line) <= width + 1 for line in lines)
    # a full line ending in a closing quote, then two more marks: the last character goes down with them
    assert wrap("一二三四五六七八九”……再见", 10)[0] == ["一二三四五六七八", "九”……再见"]


def test_a_number_or_word_before_two_marks_goes_down_with_them():
    # two closing marks after a number at the line end: hanging both would print into the gutter
    lines, _ = wrap("一二三四五六七八2016）、九十", 10)
    assert lines == ["一二三四五六七八", "2016）、九十"]
    lines, _ = wrap("一二三四五六七确诊SARS”，八九十", 10)
    assert all(cells(line) <= 11 for line in lines) and lines[1].startswith("SARS”，")


def test_first_line_holds_two_cells_less():
    lb = LineBreaker("一" * 40)
    assert lb.next_line(10) == "一" * 10
    lines, _ = wrap("二" * 40, 12, first_cap=10)
    assert [len(x) for x in lines] == [10, 12, 12, 6]


# ------------------------------------------------------------------------------- helpers


def test_subhead_rule():
    assert is_subhead("书店的故事")
    assert not is_subhead("问冷暖，听民声，谋发展，看变化。")
    assert not is_subhead("新华社记者 王小明摄")  # a credit, not a subhead
    assert not is_subhead("本报记者 贺 勇")  # a byline
    assert not is_subhead("这是一个超过二十个字的段落虽然它没有标点但它仍然太长了")


def test_authors_from_datelines_and_padded_names():
    assert dateline_authors("本报北京1月31日电 （记者杜一菲）国家主席") == ["杜一菲"]
    assert dateline_authors("本报南宁1月31日电  （记者刘华新、刘佳华）") == ["刘华新", "刘佳华"]
    assert dateline_authors("新华社北京1月31日电  2月1日出版") == []
    assert dateline_authors("国家主席习近平") is None
    assert split_names("本报记者 贺 勇") == ["贺勇"]
    assert split_names("本报记者 王珂 通讯员 张 文") == ["王珂", "张文"]


def test_a_reprint_gets_no_lead_of_this_paper():
    # 据新华社电 opens a reprint: no 本报讯 （记者 X） goes before it, and the agency's reporters are no authors
    reprint = rec(1, "远方的来信", ["据新华社伦敦5月6日电 （记者张家伟）" + LONG, LONG])
    own = rec(1, "远方的来信", [LONG, LONG])
    leads = 0
    for seed in range(60):
        g = generate_page([reprint], seed=seed)
        art = g.truth["articles"][0]
        assert art["body"][0]["text"].startswith("据新华社伦敦5月6日电")
        assert "张家伟" not in art["authors"]
        leads += generate_page([own], seed=seed).truth["articles"][0]["body"][0]["text"].startswith("本报讯")
    assert leads >= 5  # (the same draws give an article of this paper its lead)


# ------------------------------------------------------------------------------- pages


def test_same_seed_same_page_other_seed_other_page():
    a, b = generate_page(RECORDS, seed=4), generate_page(RECORDS, seed=4)
    assert a.text == b.text and a.truth == b.truth and a.layout == b.layout
    others = {generate_page(RECORDS, seed=s).text for s in range(5, 10)}
    assert len(others - {a.text}) >= 4


@pytest.mark.parametrize("seed", range(25))
def test_every_printed_character_lands_in_the_truth_once(seed):
    for style in ("pdfminer", "pdftotext", "raw"):
        assert_nothing_lost(generate_page(RECORDS, seed=seed, style=style))


def test_styles_share_the_page_and_differ_in_blank_lines():
    pages = {s: generate_page(RECORDS, seed=2, style=s) for s in ("pdfminer", "pdftotext", "raw")}
    nonblank = {s: [x for x in g.text.splitlines() if x.strip()] for s, g in pages.items()}
    assert nonblank["pdfminer"] == nonblank["pdftotext"] == nonblank["raw"]
    assert pages["pdfminer"].truth == pages["raw"].truth
    blanks = {s: g.text.splitlines().count("") for s, g in pages.items()}
    assert blanks["raw"] == 0
    assert 0 < blanks["pdftotext"] < blanks["pdfminer"]


def test_truth_follows_the_records():
    g = generate_page(RECORDS, seed=0)
    arts = g.truth["articles"]
    # photo, ad and empty records are not printed; articles keep the corpus order
    assert [a["title"] for a in arts] == ["河边的早市", "老街书店的四季故事", "冬日里的暖阳"]
    book = arts[1]
    assert book["column"] == "一线视角"
    assert book["kicker"] == "小城里的文化生活"
    assert book["subtitle"] == "——记一家社区书店"
    assert book["authors"] == ["周明", "吴晓燕"]
    assert book["byline"] is None  # the dateline stays in the first paragraph
    assert book["body"][0]["text"].startswith("本报北京1月31日电")
    assert book["body"][1] == {"type": "subhead", "text": "书店的故事"}
    assert book["captions"] == ["新华社记者 王小明摄"]
    assert book["continues_to"] == {"page": 9, "text": "（下转第九版）"}
    assert "（下转第九版）" in g.text
    assert arts[2]["continued_from"] == {"page": 1, "text": "（上接第一版）"}
    # a closing （作者为…） note is the byline, printed last, not body
    assert arts[2]["byline"] == "（作者为某大学教授）" and arts[2]["authors"] == []
    assert all("作者为" not in b["text"] for b in arts[2]["body"])
    assert g.truth["furniture"] and all(f in g.text for f in g.truth["furniture"])
    assert "江边的清晨" not in g.text and "广告" not in g.text


def test_a_closing_author_note_with_a_bracket_inside_is_the_byline():
    # 作者为中央党校（国家行政学院）…: 21 of the records' closing notes hold a bracket; such a note stayed body text
    note = "（作者为中央党校（国家行政学院）习近平新时代中国特色社会主义思想研究中心研究员）"
    g = generate_page([rec(6, "冬日里的暖阳", WINTER + [note])], seed=1)
    (art,) = g.truth["articles"]
    assert art["byline"] == note
    assert all("作者为" not in b["text"] for b in art["body"])
    assert "中央党校" in g.text


def test_print_artefacts_show_up_across_seeds():
    texts = [generate_page(RECORDS, seed=s).text for s in range(40)]
    joined = "\n".join(texts)
    assert re.search(r"\d [\u4e00-\u9fff]|[\u4e00-\u9fff] \d", joined)  # stray spaces around numbers
    assert "□本报记者" in joined or "本报记者" in joined or "本报讯 （记者" in joined
    heads_after = 0
    for s in range(40):
        g = generate_page(RECORDS, seed=s)
        lines = [x for x in g.text.splitlines() if x.strip()]
        # (the title is wrapped when the article is narrower than it)
        title_at = next(i for i, x in enumerate(lines) if x.startswith("冬日"))
        heads_after += title_at > lines.index("（上接第一版）")
    assert 4 <= heads_after <= 30  # headlines printed after their body on a minority of pages


def test_layout_lines_and_widths():
    for seed in range(10):
        g = generate_page(RECORDS, seed=seed)
        w, h = g.page_size
        body = [ln for ln in g.layout if ln.role == "body"]
        assert body and all(0 <= ln.x < w and 0 <= ln.y < h for ln in g.layout)
        assert [ln.text for ln in g.layout] == [x for x in g.text.splitlines() if x.strip()]
        assert all(cells(ln.text) <= 21 for ln in body)
        assert all(ln.text[0] not in CLOSING for ln in body)
        # full lines are 10–20 cells (+1 for a hanging mark): the widest line of each page is in range
        assert 10 <= max(cells(ln.text) for ln in body) <= 21


def overprinted(g) -> list[tuple[str, str]]:
    """Pairs of placed lines whose boxes (text width in cells × size, one size high) overlap."""
    boxes = [(ln.x, ln.y, ln.x + cells(ln.text) * ln.size, ln.y + ln.size, ln.text) for ln in g.layout if ln.text]
    return [
        (a[4], b[4])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5
    ]


# narrow articles side by side with long headlines, banners and bylines: print sets each within its
# article's width (wrapped), never over the article beside it
NARROW = [
    rec(
        i,
        "推动高质量发展迈出新步伐取得新成效（学习贯彻党的十九届四中全会精神）",
        ["本报记者 欧阳晓明 司马相如 诸葛亮明 通讯员 上官婉儿", "城市东边的老街上新开了一家书店。"],
        kicker="坚持以人民为中心的发展思想不断增强",
        subtitle="——来自基层一线的调查报告与思考",
    )
    for i in range(1, 5)
]


@pytest.mark.parametrize("seed", range(12))
def test_headlines_stay_within_their_article(seed):
    g = generate_page(NARROW, seed=seed)
    assert overprinted(g) == []
    assert_nothing_lost(g)
    roles = Counter(ln.role for ln in g.layout)
    assert roles["title"] > len(NARROW)  # titles wider than an article break over lines


@pytest.mark.parametrize("seed", range(15))
def test_synthetic_pages_keep_every_character(seed):
    recs = synthetic_records(seed, articles=1 + seed % 5)
    assert synthetic_records(seed, articles=1 + seed % 5) == recs
    for style in ("pdfminer", "raw"):
        g = generate_page(recs, seed=seed, style=style)
        assert len(g.truth["articles"]) == len(recs)
        assert_nothing_lost(g)


@settings(max_examples=40, deadline=None)
@given(
    records_seed=st.integers(0, 10_000),
    layout_seed=st.integers(0, 10_000),
    articles=st.integers(1, 6),
    style=st.sampled_from(["pdfminer", "pdftotext", "raw"]),
)
def test_nothing_lost_property(records_seed, layout_seed, articles, style):
    g = generate_page(synthetic_records(records_seed, articles=articles), seed=layout_seed, style=style)
    assert_nothing_lost(g)
    body = [ln for ln in g.layout if ln.role == "body"]
    assert all(cells(ln.text) <= 21 and ln.text[0] not in CLOSING for ln in body)


def test_page_without_articles_is_refused():
    with pytest.raises(ValueError):
        generate_page([rec(1, "广告", [], kind="ad")])


# ------------------------------------------------------------------------------- the real corpus


@pytest.mark.skipif(not CORPUS.is_file(), reason="the shared corpus is not here")
def test_real_corpus_pages():
    pages = sample_pages(group_pages(read_corpus(CORPUS)), 12, seed=7)
    widths = Counter()
    for recs in pages:
        g = generate_page(recs, seed=7)
        assert_nothing_lost(g)
        truth = Page.from_dict(g.truth)
        assert truth.articles and score_page(truth, g.truth).perfect
        for ln in g.layout:
            if ln.role == "body":
                widths[min(21, int(cells(ln.text)))] += 1
    full = sum(n for w, n in widths.items() if 10 <= w <= 21)
    assert full / sum(widths.values()) > 0.8  # most lines are full lines of a 10–20 cell column
    assert max(widths) <= 21


@pytest.mark.skipif(not CORPUS.is_file(), reason="the shared corpus is not here")
def test_corpus_pages_that_overprinted():
    # pages where a headline, a subhead split at its comma or landing in a narrower next column, a
    # byline or a number with two marks after it printed over the neighbouring text
    wanted = {
        (7, "2019-02-20", 3),
        (7, "2019-02-28", 7),
        (7, "2019-10-01", 4),
        (7, "2019-10-22", 3),
        (7, "2020-01-13", 2),
        (3, "2019-10-30", 7),
        (3, "2019-10-11", 20),
        (3, "2020-05-10", 3),
    }
    pages = group_pages(read_corpus(CORPUS))
    for seed, date, page in sorted(wanted):
        g = generate_page(pages[(date, page)], seed=seed)
        assert overprinted(g) == [], (date, page)
        assert_nothing_lost(g)


def test_column_width_sets_every_articles_body_at_one_width():
    # (pages whose articles share one column width, as many real pages do: a cue read from widths is checked there)
    def body_widths(column_width):
        pages = [generate_page(RECORDS, seed=s, column_width=column_width) for s in range(6)]
        return Counter(round(cells(ln.text)) for g in pages for ln in g.layout if ln.role == "body")

    one = body_widths(14)
    assert max(one) <= 15 and one.most_common(1)[0][0] == 14  # (a closing mark may hang past the edge)
    drawn = body_widths(None)
    assert len([w for w, n in drawn.items() if w >= 12 and n >= 10]) >= 5  # each article its own width
    assert generate_page(RECORDS, seed=2, column_width=14).truth == generate_page(RECORDS, seed=2).truth
    with pytest.raises(ValueError, match="column width"):
        generate_page(RECORDS, seed=2, column_width=3)


def test_a_paragraph_that_lost_its_breaks_is_read_as_print_showed_it(tmp_path):
    """Three spaces or more after sentences' ends in one record paragraph are breaks the e-edition lost: the
    reader gives the paragraphs print set; one or two such spaces (a quotation and who said it) stay."""
    collapsed = "入冬以来，小城下了第一场雪。 清早，街道已经扫净。” 学校门口有志愿者！ 公交车照常发车？ 书店开门了"
    kept = "“今年买年货，一点都没犯愁。” 社区居民说。 她笑了。"
    lines = [
        json.dumps(rec(1, "小城初雪", [collapsed, kept]), ensure_ascii=False),
        json.dumps(rec(2, "老街书店", [LONG]), ensure_ascii=False),
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = read_corpus(path)
    assert first["paragraphs"] == [
        "入冬以来，小城下了第一场雪。",
        "清早，街道已经扫净。”",
        "学校门口有志愿者！",
        "公交车照常发车？",
        "书店开门了",
        kept,
    ]
    assert second["paragraphs"] == [LONG]
    assert unjoin("甲。 乙。 丙") == ["甲。 乙。 丙"]  # (two: kept)
    assert unjoin("一二三 四五六 七八九 十") == ["一二三 四五六 七八九 十"]  # (spaces between phrases: kept)
    page = generate_page([first, second], seed=3)
    bodies = [b["text"] for a in page.truth["articles"] for b in a["body"]]
    assert "公交车照常发车？" in bodies and not any("扫净。” 学校" in b for b in bodies)
    assert_nothing_lost(page)
