"""Amounts with units and Chinese numerals; values worked out by hand."""

from banmian.enrich.amounts import extract_amounts
from banmian.enrich.numerals import parse_chinese_int, parse_number


def test_chinese_integers():
    assert parse_chinese_int("十五") == 15
    assert parse_chinese_int("一百零五") == 105
    assert parse_chinese_int("一千二百三十四") == 1234
    assert parse_chinese_int("两万") == 20000
    assert parse_chinese_int("一亿二千万") == 120_000_000
    assert parse_chinese_int("二〇二二") == 2022
    assert parse_chinese_int("abc") is None


def test_mixed_numbers():
    assert parse_number("2.84亿") == 284_000_000
    assert parse_number("1,200万") == 12_000_000
    assert parse_number("１２") == 12
    assert parse_number("46.80") == 46.8


def one(text):
    (a,) = extract_amounts(text)
    return a


def test_yi_yuan_is_cny():
    a = one("总投资额约2.84亿元的都创医药项目")
    assert (a["value"], a["unit"], a["bound"], a["text"]) == (284_000_000, "CNY", "approx", "约2.84亿元")


def test_weights_percent_and_bounds():
    a = one("蜜桔每天销售量在5000斤左右")
    assert (a["value"], a["unit"], a["bound"]) == (5000, "斤", "approx")
    a = one("同比增长20%以上")
    assert (a["value"], a["unit"], a["bound"], a["text"]) == (20, "%", "min", "20%以上")
    a = one("增长11.83%，")
    assert (a["value"], a["unit"]) == (11.83, "%")
    assert "bound" not in a


def test_chinese_numeral_amounts_and_currencies():
    a = one("吸引投资三千五百万美元")
    assert (a["value"], a["unit"]) == (35_000_000, "USD")
    a = one("参与群众两万余人")
    assert (a["value"], a["unit"], a["bound"]) == (20000, "人", "approx")


def test_ordinals_and_articles_are_not_amounts():
    assert extract_amounts("第5家门店") == []
    assert extract_amounts("一个项目") == []
    assert extract_amounts("党的二十大") == []


def test_verbs_before_the_number_are_not_part_of_the_amount():
    text = "总数达228家"
    a = one(text)
    assert a["text"] == "228家" and text[a["start"] : a["end"]] == "228家"
