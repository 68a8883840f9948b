"""The fitting behind the text path's group model: features, labels, the solver and the written file."""

from __future__ import annotations

import importlib.util

import pytest

from banmian.evaluate import fit
from banmian.evaluate.generate import generate_page, synthetic_records
from banmian.reconstruct import assemble as A
from banmian.reconstruct import group_model

np = pytest.importorskip("numpy")


def _pages(n: int = 12) -> list[tuple[str, dict]]:
    pages = []
    for seed in range(n):
        g = generate_page(synthetic_records(seed=seed, articles=4), seed=seed, style="pdfminer")
        pages.append((g.text, g.truth))
    return pages


def test_the_model_reads_one_value_per_named_feature():
    assert len(group_model.FEATURES) == len(group_model.WEIGHTS) == len(set(group_model.FEATURES))
    X, y = fit.dataset({"pdfminer": _pages(6)})
    assert X and all(len(x) == len(group_model.FEATURES) for x in X)
    assert set(y) <= {0.0, 1.0}
    assert all(x[0] == 1.0 for x in X)  # the bias


def test_labels_follow_the_truth():
    # synthetic pages put subheads inside articles and headlines between them: both labels occur, and a
    # group whose heading is one of the truth's subheads is labelled a subhead
    X, y = fit.dataset({"pdfminer": _pages()})
    assert 0 < sum(y) < len(y)


def test_the_solver_separates_what_is_separable():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3))
    X = np.hstack([np.ones((400, 1)), x])
    y = (x[:, 0] - 2 * x[:, 1] > 0.3).astype(float)
    w = fit.fit_logistic(X, y, l2=0.1)
    assert ((X @ w > 0) == (y > 0.5)).mean() > 0.97
    assert w[1] > 0 > w[2]  # the signs of the rule that made the labels


def test_fitting_on_generated_pages_beats_the_majority_reading():
    X, y = fit.dataset({"pdfminer": _pages(30)})
    Xa, ya = np.array(X), np.array(y)
    w = fit.fit_logistic(Xa, ya)
    acc = ((Xa @ w > 0) == (ya > 0.5)).mean()
    assert acc > max(ya.mean(), 1 - ya.mean()) + 0.03


def test_the_written_model_is_the_module_the_parser_imports(tmp_path):
    path = tmp_path / "group_model.py"
    w = np.arange(len(A.GROUP_FEATURES), dtype=float) / 10 - 1
    ws = np.arange(len(A.SPLIT_FEATURES), dtype=float) / 7 - 2
    wb = np.arange(len(A.BOX_FEATURES), dtype=float) / 5 - 3
    fit.write_model(
        list(A.GROUP_FEATURES), w, 123, "2019", list(A.SPLIT_FEATURES), ws, 45, list(A.BOX_FEATURES), wb, 67, path=path
    )
    spec = importlib.util.spec_from_file_location("written_model", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.FEATURES == A.GROUP_FEATURES
    assert tuple(w) == pytest.approx(mod.WEIGHTS, abs=5e-4)
    assert mod.SPLIT_FEATURES == A.SPLIT_FEATURES
    assert tuple(ws) == pytest.approx(mod.SPLIT_WEIGHTS, abs=5e-4)
    assert mod.BOX_FEATURES == A.BOX_FEATURES and tuple(wb) == pytest.approx(mod.BOX_WEIGHTS, abs=5e-4)
    assert "123 heading groups" in path.read_text(encoding="utf-8")


def test_split_rows_label_one_cut_per_boundary_group():
    rows = [r for text, truth in _pages(20) for r in fit.split_rows(text, truth)]
    assert rows
    for feats, right in rows:
        assert 0 <= right < len(feats)
        assert all(len(f) == len(A.SPLIT_FEATURES) for f in feats)


def test_the_split_model_ranks_the_right_cut_first_more_often_than_a_fixed_rule():
    pages = {"pdfminer": _pages(40)}
    X, y = fit.split_dataset(pages)
    w = fit.fit_logistic(np.array(X), np.array(y))
    rows = [r for text, truth in pages["pdfminer"] for r in fit.split_rows(text, truth)]
    model = sum(int(np.argmax(np.array(feats) @ w) == right) for feats, right in rows)
    # the best fixed rule: always the same cut position (all lines before, or all after, the body below)
    fixed = max(sum(int(right == 0) for _, right in rows), sum(int(right == len(f) - 1) for f, right in rows))
    assert model > fixed


def test_box_rows_label_new_boxes_where_the_truth_changes_field():
    rows = [fit.box_rows(g.text, g.truth) for g in _raw_pages()]
    X = [x for xs, _ in rows for x in xs]
    y = [v for _, ys in rows for v in ys]
    assert X and all(len(x) == len(A.BOX_FEATURES) for x in X)
    assert 0 < sum(y) < len(y)  # both: lines of one box, and a box starting


def _raw_pages(n: int = 25, first: int = 0):
    return [generate_page(synthetic_records(seed=s, articles=4), seed=s, style="raw") for s in range(first, first + n)]


def _box_data(pages):
    rows = [fit.box_rows(g.text, g.truth) for g in pages]
    return np.array([x for xs, _ in rows for x in xs]), np.array([v for _, ys in rows for v in ys])


def test_the_box_model_fitted_on_some_pages_beats_the_even_width_rule_on_others():
    X, y = _box_data(_raw_pages(40))
    w = fit.fit_logistic(X, y)
    Xt, yt = _box_data(_raw_pages(40, first=100))
    model = ((Xt @ w > 0) == (yt > 0.5)).mean()
    even = A.BOX_FEATURES.index("even_widths")
    rule = ((Xt[:, even] < 0.5) == (yt > 0.5)).mean()  # the rule it replaced: a new box where widths differ
    assert model > rule
