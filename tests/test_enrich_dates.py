"""Dates resolved against an issue date; expectations worked out by hand from the calendar."""

from banmian.enrich.dates import extract_dates


def values(text, issue="2022-12-20"):
    return [(d["text"], d["value"]) for d in extract_dates(text, issue)]


def test_month_day_takes_the_issue_year():
    assert values("12月15日，市委宣讲团成员") == [("12月15日", "2022-12-15")]


def test_month_day_late_in_the_year_read_in_january_is_last_year():
    assert values("12月28日召开", "2023-01-05") == [("12月28日", "2022-12-28")]
    assert values("1月3日召开", "2023-01-05") == [("1月3日", "2023-01-03")]


def test_relative_days_and_years():
    assert values("记者昨日从该区获悉，于今年9月建成") == [
        ("昨日", "2022-12-19"),
        ("今年9月", {"from": "2022-09-01", "to": "2022-09-30"}),
    ]
    assert values("去年12月") == [("去年12月", {"from": "2021-12-01", "to": "2021-12-31"})]
    assert values("前天", "2020-03-01") == [("前天", "2020-02-28")]  # 2020 is a leap year


def test_ranges():
    assert values("1月-10月，数字经济核心产业") == [("1月-10月", {"from": "2022-01-01", "to": "2022-10-31"})]
    assert values("9月14日至16日，由") == [("9月14日至16日", {"from": "2022-09-14", "to": "2022-09-16"})]
    assert values("2019年1月至2020年2月") == [("2019年1月至2020年2月", {"from": "2019-01-01", "to": "2020-02-29"})]


def test_parts_of_months_and_years():
    assert values("截至9月底") == [("9月底", {"from": "2022-09-21", "to": "2022-09-30"})]
    assert values("预计到2023年底") == [("2023年底", {"from": "2023-12-01", "to": "2023-12-31"})]


def test_chinese_numerals_and_line_spaces():
    assert values("二〇二二年十二月十五日") == [("二〇二二年十二月十五日", "2022-12-15")]
    assert values("12月 15日，") == [("12月 15日", "2022-12-15")]


def test_absolute_dates_need_no_issue_date_and_relative_ones_stay_unresolved():
    assert values("2019年5月4日", None) == [("2019年5月4日", "2019-05-04")]
    assert values("昨日", None) == [("昨日", None)]
    assert extract_dates("12月15日", None)[0]["relative"] is True


def test_durations_and_impossible_dates_are_not_dates():
    assert values("未来 5 年打造") == []
    assert values("三年来") == []
    assert values("2月30日") == []
    assert values("13月") == []


def test_offsets_cover_the_text():
    text = "据悉，2022年12月15日起实施"
    (d,) = extract_dates(text, "2022-12-20")
    assert text[d["start"] : d["end"]] == d["text"] == "2022年12月15日"
