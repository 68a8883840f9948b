"""``banmian.evaluate.paired``: the difference two parser versions make, with its bootstrap interval."""

from __future__ import annotations

import json

import pytest

from banmian.errors import BadInput
from banmian.evaluate.paired import paired_difference, read_per_page


def pages(values: list[float | None], key: str = "block_f1") -> dict[str, dict]:
    return {f"p{i:03d}.txt": {"parser": "banmian", "page": f"p{i:03d}.txt", key: v} for i, v in enumerate(values)}


def test_the_same_scores_make_no_difference():
    before = pages([0.5, 0.9, 1.0, 0.7])
    d = paired_difference([(before, before)], ("block_f1",), rounds=200)
    assert (d.mean, d.low, d.high) == (0.0, 0.0, 0.0)
    assert not d.clear


def test_a_gain_on_every_page_is_clear_and_its_size():
    before = pages([0.5, 0.6, 0.7, 0.8, 0.9])
    after = pages([0.6, 0.7, 0.8, 0.9, 1.0])
    d = paired_difference([(before, after)], ("block_f1",), rounds=200)
    assert d.mean == pytest.approx(0.1)
    assert d.low == pytest.approx(0.1) and d.high == pytest.approx(0.1)  # (pairs: page-to-page spread is no noise)
    assert d.clear


def test_a_gain_on_one_page_of_ten_is_not_clear():
    before = pages([0.5] * 10)
    after = pages([0.5] * 9 + [1.5])
    d = paired_difference([(before, after)], ("block_f1",), rounds=1000)
    assert d.mean == pytest.approx(0.1)
    assert d.low == 0.0  # a third of the draws leave the page out
    assert d.high > 0.1
    assert not d.clear


def test_a_loss_is_clear_below_zero():
    before = pages([0.9] * 30)
    after = pages([0.8] * 20 + [0.9] * 10)
    d = paired_difference([(before, after)], ("block_f1",), rounds=500)
    assert d.high < 0 and d.clear


def test_undefined_scores_are_left_out_of_each_mean():
    # a page with no kicker in its truth has no kicker accuracy: the mean is over the others
    before = pages([None, 0.0, 1.0], key="kicker_acc")
    after = pages([None, 1.0, 1.0], key="kicker_acc")
    d = paired_difference([(before, after)], ("kicker_acc",), rounds=200)
    assert d.mean == pytest.approx(0.5)


def test_sets_count_alike_whatever_their_sizes():
    # (the evaluation's figures are means per page set: pooling pages would let the larger set decide)
    small = (pages([0.5] * 10), pages([0.7] * 10))
    large = (pages([0.5] * 100), pages([0.5] * 100))
    d = paired_difference([small, large], ("block_f1",), rounds=200)
    assert d.mean == pytest.approx(0.1)
    assert d.low == pytest.approx(0.1) and d.high == pytest.approx(0.1)


def test_several_metrics_are_averaged():
    before = {
        "a": {"page": "a", "block_f1": 0.5, "title_acc": 1.0},
        "b": {"page": "b", "block_f1": 0.5, "title_acc": 1.0},
    }
    after = {
        "a": {"page": "a", "block_f1": 0.9, "title_acc": 1.0},
        "b": {"page": "b", "block_f1": 0.9, "title_acc": 1.0},
    }
    assert paired_difference([(before, after)], ("block_f1", "title_acc"), rounds=50).mean == pytest.approx(0.2)


def test_runs_over_different_pages_are_refused():
    with pytest.raises(ValueError, match="different pages"):
        paired_difference([(pages([0.5, 0.5]), pages([0.5]))], ("block_f1",))


def test_read_per_page_keeps_the_first_parser(tmp_path):
    f = tmp_path / "scores.jsonl"
    rows = [
        {"parser": "banmian", "page": "a.txt", "block_f1": 0.9},
        {"parser": "banmian", "page": "b.txt", "block_f1": 0.8},
        {"parser": "naive", "page": "a.txt", "block_f1": 0.1},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    got = read_per_page(f)
    assert sorted(got) == ["a.txt", "b.txt"] and got["a.txt"]["block_f1"] == 0.9


def test_read_per_page_names_the_file_and_the_bad_line(tmp_path):
    f = tmp_path / "scores.jsonl"
    f.write_text('{"parser": "banmian", "page": "a.txt"}\nnot json\n', encoding="utf-8")
    with pytest.raises(BadInput) as e:
        read_per_page(f)
    assert str(f) in str(e.value) and "line 2" in str(e.value)
    with pytest.raises(BadInput, match="no page scores"):
        (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
        read_per_page(tmp_path / "empty.jsonl")
