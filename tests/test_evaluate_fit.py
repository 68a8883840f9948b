"""The fitting behind the text path's group model: features, labels, the solver and the written file."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

import banmian
from banmian.evaluate import fit
from banmian.evaluate.generate import generate_page, synthetic_records
from banmian.reconstruct import assemble as A
from banmian.reconstruct import group_model, reflow
from banmian.reconstruct.forest import compile_forest

np = pytest.importorskip("numpy")

# collecting rows replaces the parser's functions, which the mypyc build (setup.py) calls directly
pure_only = pytest.mark.skipif(reflow.COMPILED, reason="fitting needs the pure-Python build")

SHARED = Path(os.environ.get("BANMIAN_SHARED") or Path(__file__).resolve().parents[2] / "shared")
CORPUS = SHARED / "corpus" / "rmrb-2019-2020.jsonl.gz"


def _pages(n: int = 12) -> list[tuple[str, dict]]:
    pages = []
    for seed in range(n):
        g = generate_page(synthetic_records(seed=seed, articles=4), seed=seed, style="pdfminer")
        pages.append((g.text, g.truth))
    return pages


def test_the_model_reads_one_value_per_named_feature():
    assert len(set(group_model.GROUP_FEATURES)) == len(group_model.GROUP_FEATURES)
    X, y = fit.dataset({"pdfminer": _pages(6)})
    assert X and all(len(x) == len(group_model.GROUP_FEATURES) for x in X)
    assert set(y) <= {0.0, 1.0}
    assert all(x[0] == 1.0 for x in X)  # the bias
    # every tree reads only features that exist (compile_forest checks; the parser imported it)
    assert group_model.GROUP_TREES and group_model.SPLIT_TREES


def test_labels_follow_the_truth():
    # synthetic pages put subheads inside articles and headlines between them: both labels occur, and a
    # group whose heading is one of the truth's subheads is labelled a subhead
    X, y = fit.dataset({"pdfminer": _pages()})
    assert 0 < sum(y) < len(y)


def test_the_forest_written_as_expressions_scores_as_the_fitted_trees():
    pytest.importorskip("sklearn")
    X, y = fit.dataset({"pdfminer": _pages(30)})
    Xa, ya = np.array(X, dtype=float), np.array(y)
    base, trees = fit.fit_forest(Xa, ya)
    f = compile_forest("f", base, trees, Xa.shape[1])
    logits = np.array([f(list(x)) for x in Xa])
    # what the parser computes is the fitted model: it separates the training groups better than the majority
    assert ((logits > 0) == (ya > 0.5)).mean() > max(ya.mean(), 1 - ya.mean()) + 0.03
    # and the same data gives the same trees (the written file can be reproduced)
    assert fit.fit_forest(Xa, ya) == (base, trees)


def test_compile_forest_refuses_what_is_not_a_tree():
    assert compile_forest("f", 0.5, ["(1.0 if x[1] <= 0.5 else -2.0)"], 2)([0, 0.0]) == 1.5
    assert compile_forest("f", 0.5, ["(1.0 if x[1] <= 0.5 else -2.0)"], 2)([0, 1.0]) == -1.5
    with pytest.raises(ValueError, match="not a tree"):
        compile_forest("f", 0.0, ["__import__('os')"], 2)
    with pytest.raises(ValueError, match="reads feature 5"):
        compile_forest("f", 0.0, ["(1.0 if x[5] <= 0.5 else 0.0)"], 2)


def test_the_written_model_is_the_module_the_parser_imports(tmp_path):
    path = tmp_path / "group_model.py"
    forests = {
        "GROUP": (0.25, ["(0.5 if x[3] <= 0.5 else (-0.25 if x[7] <= 1.5 else 1e-05))", "-0.125"]),
        "SPLIT": (-1.5, ["(1.0 if x[0] <= 0.5 else -1.0)"]),
        "BOX": (0.0, ["(-1.0 if x[2] <= 0.5 else 1.0)"]),
        "PAIR": (0.5, ["(2.0 if x[0] <= 0.5 else -2.0)"]),
        "START": (-0.5, ["(1.0 if x[1] <= -2.5 else -1.0)"]),
        "TITLE": (0.25, ["-1.0"]),
        "COLUMN": (-0.5, ["(1.0 if x[5] <= 0.25 else -1.0)"]),
    }
    models = {k: (list(getattr(group_model, f"{k}_FEATURES")), f, 100 + i) for i, (k, f) in enumerate(forests.items())}
    fit.write_model("2019", models, path=path)
    spec = importlib.util.spec_from_file_location("written_model", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for k, (names, (base, trees), _) in models.items():
        assert getattr(mod, f"{k}_FEATURES") == tuple(names) == getattr(group_model, f"{k}_FEATURES")
        assert (getattr(mod, f"{k}_BASE"), list(getattr(mod, f"{k}_TREES"))) == (base, trees)
    text = path.read_text(encoding="utf-8")
    assert "100 heading groups" in text and "105 headlines" in text and "106 headlines" in text
    x = [0.0] * len(A.GROUP_FEATURES)
    assert compile_forest("g", mod.GROUP_BASE, mod.GROUP_TREES, len(x))(x) == 0.25 + 0.5 - 0.125


def test_the_models_kept_by_a_partial_refit_are_written_back_as_they_are(tmp_path):
    # ``bench/fit_reconstruct.py --models GROUP`` writes the other models back from ``current_models``: with none
    # refitted, the file written is the module, byte for byte (trees, bases and the docstring's example counts)
    path = tmp_path / "group_model.py"
    fit.write_model("2019", fit.current_models(), path=path)
    assert path.read_text(encoding="utf-8") == Path(group_model.__file__).read_text(encoding="utf-8")
    assert fit.current_models()["BOX"][2] == int((group_model.__doc__ or "").split(" line pairs")[0].split()[-1])


def test_split_rows_label_one_cut_per_boundary_group():
    rows = [r for text, truth in _pages(20) for r in fit.split_rows(text, truth)]
    assert rows
    for feats, right in rows:
        assert 0 <= right < len(feats)
        assert all(len(f) == len(A.SPLIT_FEATURES) for f in feats)


def test_the_split_model_ranks_the_right_cut_first_more_often_than_a_fixed_rule():
    pytest.importorskip("sklearn")
    pages = {"pdfminer": _pages(40)}
    X, y = fit.split_dataset(pages)
    score = compile_forest("split", *fit.fit_forest(np.array(X, dtype=float), np.array(y)), len(A.SPLIT_FEATURES))
    rows = [r for text, truth in pages["pdfminer"] for r in fit.split_rows(text, truth)]
    model = sum(int(np.argmax([score(x) for x in feats]) == right) for feats, right in rows)
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
    pytest.importorskip("sklearn")
    X, y = _box_data(_raw_pages(40))
    score = compile_forest("box", *fit.fit_forest(X, y), X.shape[1])
    Xt, yt = _box_data(_raw_pages(40, first=100))
    model = (np.array([score(list(x)) > 0 for x in Xt]) == (yt > 0.5)).mean()
    even = A.BOX_FEATURES.index("even_widths")
    rule = ((Xt[:, even] < 0.5) == (yt > 0.5)).mean()  # the rule it replaced: a new box where widths differ
    assert model > rule


@pytest.fixture
def rules_only():
    """Rows are read as the rules read a page: the line models off, and back on after the test."""
    saved = (
        (group_model.PAIR_BASE, list(group_model.PAIR_TREES)),
        (group_model.START_BASE, list(group_model.START_TREES)),
    )
    fit.use_line_models((0.0, []), (0.0, []))
    yield
    fit.use_line_models(*saved)


def _line_data(rows_of, pages):
    rows = [rows_of(g.text, g.truth) for g in pages]
    return np.array([x for xs, _ in rows for x in xs], dtype=float), np.array([v for _, ys in rows for v in ys])


@pure_only
def test_pair_rows_read_the_rules_answer_and_label_both_ways(rules_only):
    X, y = _line_data(fit.pair_rows, _raw_pages(10))
    assert len(X) and all(len(x) == len(group_model.PAIR_FEATURES) for x in X)
    assert 0 < y.sum() < len(y)  # lines that run on, and lines that open the next paragraph
    rule = X[:, group_model.PAIR_FEATURES.index("rule_runs_on")]
    assert ((rule > 0.5) == (y > 0.5)).mean() > 0.9  # the rules' own answer, mostly right


@pure_only
def test_start_rows_label_body_lines_and_heading_lines(rules_only):
    X, y = _line_data(fit.start_rows, _raw_pages(10))
    assert len(X) and all(len(x) == len(group_model.START_FEATURES) for x in X)
    assert 0 < y.sum() < len(y)  # lines that open paragraphs, and headline lines


def _model_and_rule_errors(rows_of, names, rule, train, test) -> tuple[int, int]:
    X, y = _line_data(rows_of, train)
    score = compile_forest("line", *fit.fit_forest(X, y, fit.FEW_TREES), X.shape[1])
    Xt, yt = _line_data(rows_of, test)
    model = int((np.array([score(list(x)) > 0 for x in Xt]) != (yt > 0.5)).sum())
    rules = int(((Xt[:, names.index(rule)] > 0.5) != (yt > 0.5)).sum())
    return model, rules


@pure_only
def test_the_heading_model_fitted_on_some_pages_errs_less_than_the_rules_on_others(rules_only):
    pytest.importorskip("sklearn")
    args = (fit.start_rows, group_model.START_FEATURES, "rule_opens")
    model, rules = _model_and_rule_errors(*args, _raw_pages(60), _raw_pages(40, first=100))
    assert model < rules


@pure_only
def test_the_line_break_model_fitted_on_2019_pages_errs_less_than_the_rules_on_2020_pages(rules_only):
    # on the made-up pages of this file the rules now place nearly every line break right (2 errors in 722
    # lines): the corpus's own pages are where the model earns its place (2020 pages: half the rules' errors)
    pytest.importorskip("sklearn")
    if not CORPUS.is_file():
        pytest.skip("needs ../shared/corpus")
    from banmian.evaluate.generate import generate_corpus_pages

    def pages(n, year, seed):
        return list(generate_corpus_pages(CORPUS, n, seed=seed, style="raw", year=year))

    args = (fit.pair_rows, group_model.PAIR_FEATURES, "rule_runs_on")
    model, rules = _model_and_rule_errors(*args, pages(60, "2019", 5), pages(40, "2020", 6))
    assert model < rules


@pure_only
def test_title_rows_label_the_box_the_truth_calls_title():
    rows = [fit.title_rows(text, truth) for text, truth in _pages(150)]
    X = [x for xs, _ in rows for x in xs]
    y = [v for _, ys in rows for v in ys]
    assert X and all(len(x) == len(group_model.TITLE_FEATURES) for x in X)
    assert 0 < sum(y) < len(y)  # titles over subtitles, and titles under kickers


def test_the_parser_takes_the_title_models_answer(monkeypatch):
    # two boxes the rules read as title + subtitle (the second is a longer sentence); a model that always
    # answers "the second box" makes them kicker + title
    head = ["王毅会见新西兰外长", "", "双方就加强合作交换意见，同意推动各领域交流不断深入"]
    text = "\n".join([*head, "", *["记者走进社区，看到居民们忙着准备年货。"] * 3])
    monkeypatch.setattr(group_model, "TITLE_TREES", ())
    (rules,) = banmian.parse_text(text).articles
    assert (rules.title, rules.subtitle) == (head[0], head[2])
    monkeypatch.setattr(group_model, "TITLE_TREES", ("5.0",))
    monkeypatch.setattr(A, "_title_logit", compile_forest("t", 0.0, ["5.0"], len(group_model.TITLE_FEATURES)))
    (model,) = banmian.parse_text(text).articles
    assert (model.kicker, model.title) == (head[0], head[2])


def test_box_rows_read_a_short_line_found_in_two_fields_with_the_line_it_goes_on_from():
    # 业 is in the kicker and in the title: it belongs to the title, whose line above runs on into it
    body = "本报北京3月2日电 （记者林川）过紧日子，不是一时之需，而是长久之策。财政部门要把要求落到实处。"
    lines = ["产业园区新政落地", "发力数字文学产", "业", *[body[i : i + 16] for i in range(0, len(body), 16)]]
    truth = {
        "articles": [
            {"kicker": "产业园区新政落地", "title": "发力数字文学产业", "body": [{"type": "paragraph", "text": body}]}
        ]
    }
    assert fit.box_rows("\n".join(lines), truth)[1] == [1.0, 0.0]


@pure_only
def test_column_rows_label_the_first_box_the_truth_calls_a_column():
    # a series' name over one headline, a kicker over the next: two rows, labelled 1 and 0
    one = "本报武汉2月6日电 （记者王明）连日来，社区工作者挨家挨户上门排查，把服务送到居民家中。"
    two = "本报成都2月6日电 （记者李红）记者从四川省交通运输厅获悉，全省客运站已全面恢复运营。"
    lines = ["来自一线的蹲点报道", "", "社区排查不留死角", "", one[:14], one[14:28], one[28:], ""]
    lines += ["四川交通运输厅介绍", "", "客运站全面恢复运营", "", two[:14], two[14:28], two[28:]]
    truth = {
        "articles": [
            {"column": "来自一线的蹲点报道", "title": "社区排查不留死角", "body": [{"type": "paragraph", "text": one}]},
            {
                "kicker": "四川交通运输厅介绍",
                "title": "客运站全面恢复运营",
                "body": [{"type": "paragraph", "text": two}],
            },
        ]
    }
    fitted = (group_model.COLUMN_BASE, list(group_model.COLUMN_TREES))
    fit.use_column_model((0.0, []))
    try:
        X, y = fit.column_rows("\n".join(lines), truth)
    finally:
        fit.use_column_model(fitted)
    assert y == [1.0, 0.0]
    assert all(len(x) == len(group_model.COLUMN_FEATURES) for x in X)
    names = list(group_model.COLUMN_FEATURES)
    assert X[0][names.index("genre")] == 1.0 and X[1][names.index("genre")] == 0.0  # …报道 names a kind of writing


def test_the_parser_takes_the_column_models_answer(monkeypatch):
    # a long box over a title reads as its kicker by the rules; a model that always answers "yes" makes it the
    # column's name (a box naming a kind of writing, …报道, is a column's by a rule of its own)
    box = "战斗在防控第一线"
    text = "\n".join([box, "", "追授三名同志荣誉称号", "", *["记者走进社区，看到居民们忙着准备年货。"] * 3])
    monkeypatch.setattr(group_model, "COLUMN_TREES", ())
    (rules,) = banmian.parse_text(text).articles
    assert (rules.column, rules.kicker) == (None, box)
    monkeypatch.setattr(group_model, "COLUMN_TREES", ("5.0",))
    monkeypatch.setattr(A, "_column_logit", compile_forest("c", 0.0, ["5.0"], len(group_model.COLUMN_FEATURES)))
    (model,) = banmian.parse_text(text).articles
    assert (model.column, model.kicker, model.title) == (box, None, "追授三名同志荣誉称号")
