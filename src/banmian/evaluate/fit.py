"""Fit what the text-path parser learns from pages with known truth, and only from one year's records.

Run it as ``python bench/fit_reconstruct.py --corpus ../shared/corpus/rmrb-2019-2020.jsonl.gz [--write] [--search]``.

1. Generates training pages (``banmian.evaluate.generate``) from the records of ``--year`` only (default 2019):
   2,400 pages in pdfminer style, 1,200 in pdftotext style, 900 in pdftotext -raw style (``FIT_SETS``, seeds
   11–13, 21–23 and 41–43).  Pages of the other year are never seen, so the held-out report (``bench/compare.py
   --seed 2026``) can be read per year: 2020 pages share no article with the training pages.
2. Fits three models of boosted decision trees (scikit-learn's histogram gradient boosting, written out as
   Python expressions), kept in ``reconstruct/group_model.py``: subhead or boundary, over
   ``assemble.group_features`` of every heading group between two runs of paragraphs, labelled by the truth
   (do the paragraphs on both sides belong to one article?); where a boundary falls in its group, over
   ``assemble.split_features`` of every place it may be cut, labelled 1 at the cut the truth makes; and, for
   text without blank lines only (9,600 more pages in pdftotext -raw style, seeds 14, 24, … 164), over
   ``assemble.box_features`` of two headline lines in a row: does a new box (kicker, title, subtitle) start?
   The line models (does a line run on, does it open a paragraph) come first, the title model (which of two
   headline boxes is the title) and the column model (is a headline's first box of more than six characters a
   column's or series' name, ``assemble.column_features``) last, in that order: the title model is fitted on the
   rules' column names.  With ``--write`` the models replace those in the file.
3. With ``--search``: a coordinate search over the programme's scoring constants (``assemble.py``, top),
   each tried at ±0.5 and ±1, kept when the mean of block F1, B-cubed and the four field accuracies over
   the three sets of ``SETS`` rises.  It prints the values; copying them into ``assemble.py`` is left to you.

Needs numpy and scikit-learn (``pip install 'banmian[eval]'``); reads the corpus from ``../shared`` and writes nothing else.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from banmian.evaluate.generate import generate_page, group_pages, sample_pages
from banmian.evaluate.metrics import norm_block, score_page, summarize
from banmian.pipeline import parse_text
from banmian.reconstruct import assemble as A
from banmian.reconstruct import group_model as M
from banmian.reconstruct import reflow as R
from banmian.reconstruct.forest import compile_forest
from banmian.reconstruct.reflow import reflow
from banmian.sources.text import text_to_lines

if TYPE_CHECKING:
    import numpy as np

SETS = (("pdfminer", 400, 11), ("pdftotext", 200, 12), ("raw", 150, 13))
# the models are fitted on these and as many pages again in the three styles (trees want examples);
# the constants are searched on ``SETS`` alone (each step parses every page)
FIT_SETS = (
    SETS
    + (("pdfminer", 800, 21), ("pdftotext", 400, 22), ("raw", 300, 23))
    + (
        ("pdfminer", 1200, 41),
        ("pdftotext", 600, 42),
        ("raw", 450, 43),
    )
)
METRICS = ("block_f1", "article_bcubed_f1", "title_acc", "kicker_acc", "subtitle_acc", "authors_acc")
CONSTANTS = [
    "W_LEX",
    "BOUNDARY",
    "UNTITLED",
    "UNTITLED_FIRST",
    "BEFORE_PRIOR",
    "TWO_TITLES",
    "SUB_PREV",
    "PARALLEL_W",
    "PARALLEL_CAP",
    "NO_START_CUE",
    "START_CUE",
    "VIRTUAL_SUB",
    "SUB_LR_SCALE",
    "SPLIT_W",
    "SUB_LR_BIAS",
    "HEAD_BYLINE_INSIDE",
    "HEAD_NAMES_BEFORE",
    "HEAD_DASH_COLUMN",
    "HEAD_NO_BODY",
    "HEAD_REPEATS",
    "COLUMN_LAST",
]
MODEL = Path(__file__).resolve().parent.parent / "reconstruct" / "group_model.py"


def read_records(corpus: Path, year: str) -> list[dict]:
    """One year's records as they are: the models in use were fitted on pages of these (``generate.read_corpus``, which
    the evaluation's pages read, splits the paragraphs whose breaks the e-edition lost; here they stay whole, so the
    training pages stay the pages the models in use were fitted on)."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if str(r.get("date", "")).startswith(year)]


def training_pages(corpus: Path, year: str, sets=SETS) -> dict[str, list[tuple[str, dict]]]:
    """Generated pages with their truth, per set (``style:seed``)."""
    pages = group_pages(read_records(corpus, year))
    out = {}
    for style, n, seed in sets:
        out[f"{style}:{seed}"] = [
            (g.text, g.truth)
            for g in (generate_page(recs, seed=seed, style=style) for recs in sample_pages(pages, n, seed))
        ]
    return out


def labelled_groups(runs: list, groups: list, owner: dict[str, int]) -> Iterator[tuple[int, int, int]]:
    """The heading groups between two runs of paragraphs whose paragraphs on both sides the truth owns
    (``owner``: a body block's normalised text -> its article), as (group index, article above, article below)."""
    for gi, g in enumerate(groups):
        before, after = runs[gi].paragraphs, runs[gi + 1].paragraphs
        if g.virtual or not before or not after:
            continue
        a, b = owner.get(norm_block(before[-1].text)), owner.get(norm_block(after[0].text))
        if a is not None and b is not None:  # (else a paragraph the reflow got wrong: the truth does not say)
            yield gi, a, b


def truth_cut(group, head_above: str, head_below: str) -> int | None:
    """How many of a boundary group's lines close the article above, when each line's text (spaces removed) is in
    the headline and byline text of exactly one of the two articles (``head_above``, ``head_below``, spaces
    removed), those of the article above first; else None."""
    side = []
    for u in group.units:
        t = u.text.replace(" ", "")
        in_a, in_b = t in head_above, t in head_below
        side.append("a" if in_a and not in_b else "b" if in_b and not in_a else "?")
    k = side.count("a")
    return k if side == ["a"] * k + ["b"] * (len(side) - k) else None


def group_rows(text: str, truth: dict) -> tuple[list[list[float]], list[float]]:
    """Features and labels of a page's heading groups, read as ``reconstruct`` reads them."""
    owner = {norm_block(b["text"]): ai for ai, a in enumerate(truth["articles"]) for b in a["body"]}
    _, _, runs, groups, blanks = A.read_page(text_to_lines(text))
    n_alike = {gi: len(alike) for gi, alike in A._alike_groups(runs, groups).items()}
    X, y = [], []
    for gi, a, b in labelled_groups(runs, groups, owner):
        X.append([float(v) for v in A.group_features(runs, groups, gi, n_alike.get(gi, 0), blanks)])
        y.append(float(a == b))
    return X, y


def split_rows(text: str, truth: dict) -> list[tuple[list[list[float]], int]]:
    """For each heading group at a true boundary whose lines the truth assigns (each line's text in the
    headline or byline of exactly one of the two articles, those of the article above first): the features
    of every place the programme may cut it, and which of them is right."""
    arts = truth["articles"]
    owner = {norm_block(b["text"]): ai for ai, a in enumerate(arts) for b in a["body"]}
    heads = [
        "".join((a.get(f) or "") for f in ("column", "kicker", "title", "subtitle", "byline")).replace(" ", "")
        for a in arts
    ]
    _, _, runs, groups, blanks = A.read_page(text_to_lines(text))
    rows = []
    for gi, a, b in labelled_groups(runs, groups, owner):
        g = groups[gi]
        k_true = truth_cut(g, heads[a], heads[b]) if a != b else None
        if k_true is None:
            continue  # unassignable or interleaved: no label
        ks = [
            k
            for k in range(len(g.units) + 1)
            if not (
                0 < k < len(g.units) and (blanks and not g.units[k].blank_before or g.units[k].text.startswith("——"))
            )
        ]
        if k_true in ks:
            feats = [[float(v) for v in A.split_features(g, k, runs[gi], runs[gi + 1], blanks, None, None)] for k in ks]
            rows.append((feats, ks.index(k_true)))
    return rows


def box_rows(text: str, truth: dict) -> tuple[list[list[float]], list[float]]:
    """Consecutive headline lines of each heading group, where the truth says which box each belongs to
    (its text inside exactly one article's column, kicker, title or subtitle): 1 when a new box starts.
    The parser asks about the lines of one article's headline, so the group's lines are read in pieces,
    one per article (a line whose article is unsure stays with the line above)."""
    fields = [
        ((ai, f), (a.get(f) or "").replace(" ", ""))
        for ai, a in enumerate(truth["articles"])
        for f in ("column", "kicker", "title", "subtitle")
        if a.get(f)
    ]
    units, _ = reflow(text_to_lines(text))
    _, groups = A._sequence(units)
    X: list[list[float]] = []
    y: list[float] = []
    for g in groups:
        # one line at a time, as the parser asks on text without blank lines (``assemble._assign_head``)
        heads = [A.Unit("heading", [ln]) for u in g.units if u.kind == "heading" for ln in u.lines]
        texts = [u.text.replace(" ", "") for u in heads]
        hits = [{key for key, v in fields if t and t in v} for t in texts]
        owner = [next(iter(h)) if len(h) == 1 else None for h in hits]
        # a short line found in several fields (业, 单八强) belongs to the one it goes on from, or into, in
        # print order (without it, the line pairs around the end of a box were not read)
        value = dict(fields)
        for i, h in enumerate(hits):
            if len(h) > 1 and i and owner[i - 1] in h and texts[i - 1] + texts[i] in value[owner[i - 1]]:
                owner[i] = owner[i - 1]
        for i in reversed(range(len(hits))):
            nx = owner[i + 1] if i + 1 < len(hits) else None
            if owner[i] is None and len(hits[i]) > 1 and nx in hits[i] and texts[i] + texts[i + 1] in value[nx]:
                owner[i] = nx
        pieces: list[list[int]] = []
        for i, o in enumerate(owner):
            art = o[0] if o is not None else None
            last = next((owner[j][0] for j in reversed(pieces[-1]) if owner[j] is not None), None) if pieces else None
            if not pieces or art is not None and last is not None and art != last:
                pieces.append([i])
            else:
                pieces[-1].append(i)
        for piece in pieces:
            hs = [heads[j] for j in piece]
            art = next((owner[j][0] for j in piece if owner[j] is not None), None)
            # the article's body, as the parser reads it beside its headline
            body = A.bigrams("".join(b["text"] for b in truth["articles"][art]["body"])) if art is not None else None
            for k in range(1, len(piece)):
                o0, o1 = owner[piece[k - 1]], owner[piece[k]]
                if o0 is None or o1 is None:
                    continue
                X.append([float(v) for v in A.box_features(hs, k, body)])
                y.append(float(o0 != o1))
    return X, y


@contextmanager
def _asking(module, name: str, record):
    """While collecting rows: the parser asks ``record`` (which answers as the rules do) instead of its model."""
    if R.COMPILED:
        raise RuntimeError(
            "collecting rows replaces the parser's functions, which the mypyc build calls directly: "
            "fit with the pure-Python build (pip install . without BANMIAN_MYPYC)"
        )
    ask = getattr(module, name)
    setattr(module, name, record)
    try:
        yield
    finally:
        setattr(module, name, ask)


def pair_rows(text: str, truth: dict) -> tuple[list[list[float]], list[float]]:
    """Every place the rules decide whether a line runs on in the paragraph above it, read as the rules
    read it (the model is not asked while collecting; call ``use_line_models((), ())`` first), labelled where the truth says: 1 when the two lines
    are in one paragraph, one after the other; 0 when the line above ends a truth paragraph and the line
    opens the next.  Lines are found in the truth by their text (only where it occurs once)."""
    blocks = [norm_block(b["text"]) for a in truth["articles"] for b in a["body"]]
    asked: list[tuple[str, str, list[float]]] = []

    def record(pl, i, para, rule, closed, geo):
        asked.append((para.lines[-1].text, pl[i].text, [float(v) for v in R.pair_features(pl, i, para, rule, closed)]))
        return rule

    with _asking(R, "_runs_on_here", record):
        reflow(text_to_lines(text))

    heads = head_blocks_of(truth)
    X: list[list[float]] = []
    y: list[float] = []
    for above, line, x in asked:
        label = pair_label(above, line, blocks, heads)
        if label is not None:
            X.append(x)
            y.append(label)
    return X, y


def head_blocks_of(truth: dict) -> list[str]:
    """The normalised text of a page's headline fields and subheads."""
    heads = [norm_block(a[f]) for a in truth["articles"] for f in ("kicker", "title", "subtitle", "column") if a.get(f)]
    return heads + [norm_block(b["text"]) for a in truth["articles"] for b in a["body"] if b["type"] == "subhead"]


def pair_label(above: str, line: str, blocks: list[str], heads: list[str]) -> float | None:
    """Does ``line`` run on in the paragraph whose last line is ``above``, as the truth says (``blocks``: its body
    blocks, ``heads``: its headline fields and subheads, normalised)?  1.0 when the two lines are in one block, one
    after the other; 0.0 when the line above ends a block and the line opens the next, or one of the two is in a
    headline only (a headline line and a body line are never one paragraph); None where the truth does not say (a
    line found in no block or in more than one)."""

    def locate(text: str) -> tuple[int, int] | None:
        x = norm_block(text).rstrip("-")
        hits = [(bi, b.find(x)) for bi, b in enumerate(blocks) if x in b] if len(x) >= 4 else []
        return hits[0] if len(hits) == 1 and blocks[hits[0][0]].count(x) == 1 else None

    def head_only(text: str) -> bool:
        x = norm_block(text)
        return len(x) >= 3 and any(x in h for h in heads) and not any(x in b for b in blocks)

    a, b = locate(above), locate(line)
    if (a is None) != (b is None) and (head_only(above) if a is None else head_only(line)):
        # (without blank lines the reflow asks about these pairs often; with only body pairs labelled, the model
        # never saw them)
        return 0.0
    if a is None or b is None:
        return None
    if a[0] == b[0] and b[1] > a[1]:
        return 1.0
    if a[0] != b[0] and b[1] == 0 and blocks[a[0]].endswith(norm_block(above).rstrip("-")):
        return 0.0
    return None


def use_line_models(pair: tuple[float, list[str]], start: tuple[float, list[str]]) -> None:
    """Reflow with these line models from now on, in this process (``((), ())``: the rules alone).  The models
    fitted after them read pages as the parser will, with them."""
    M.PAIR_BASE, M.PAIR_TREES = pair[0], tuple(pair[1])
    R._pair_logit = compile_forest("pair_logit", pair[0], pair[1], len(M.PAIR_FEATURES))
    M.START_BASE, M.START_TREES = start[0], tuple(start[1])
    R._start_logit = compile_forest("start_logit", start[0], start[1], len(M.START_FEATURES))


def use_headline_models(
    group: tuple[float, list[str]], split: tuple[float, list[str]], box: tuple[float, list[str]]
) -> None:
    """Assemble articles with these models from now on, in this process (the title model is then fitted
    on headlines found as the parser will find them)."""
    M.GROUP_BASE, M.GROUP_TREES = group[0], tuple(group[1])
    M.SPLIT_BASE, M.SPLIT_TREES = split[0], tuple(split[1])
    A._group_logit = compile_forest("group_logit", group[0], group[1], len(A.GROUP_FEATURES))
    A._split_trees_logit = compile_forest("split_logit", split[0], split[1], len(A.SPLIT_FEATURES))
    M.BOX_BASE, M.BOX_TREES = box[0], tuple(box[1])
    A._box_logit = compile_forest("box_logit", box[0], box[1], len(A.BOX_FEATURES))


def use_column_model(column: tuple[float, list[str]]) -> None:
    """Read a headline's first box with this column model from now on, in this process."""
    M.COLUMN_BASE, M.COLUMN_TREES = column[0], tuple(column[1])
    A._column_logit = compile_forest("column_logit", column[0], column[1], len(M.COLUMN_FEATURES))


def column_rows(text: str, truth: dict) -> tuple[list[list[float]], list[float]]:
    """Every headline of two boxes or more whose first box is one line, read as the rules read it (the model is
    not asked: call ``use_column_model((0.0, []))`` first), labelled where the box is a column's name of the
    truth (1) or one of its kickers or titles (0)."""
    columns = {norm_block(a["column"]) for a in truth["articles"] if a.get("column")}
    others = {norm_block(a[f]) for a in truth["articles"] for f in ("kicker", "title") if a.get(f)}
    asked: list[tuple[str, list[float]]] = []

    def record(boxes, rule, body, series, blanks):
        asked.append((A._text(boxes[0]), [float(v) for v in A.column_features(boxes, rule, body, series, blanks)]))
        return rule

    with _asking(A, "_column_box", record):
        parse_text(text)
    X: list[list[float]] = []
    y: list[float] = []
    for box, x in asked:
        t = norm_block(box)
        if (t in columns) != (t in others):
            X.append(x)
            y.append(float(t in columns))
    return X, y


def title_rows(text: str, truth: dict) -> tuple[list[list[float]], list[float]]:
    """Every headline of two boxes or more whose title the rules pick by its words, read as the rules read
    it, labelled where exactly one of the first two boxes is a title of the truth: 1 when it is the second."""
    titles = {norm_block(a["title"]) for a in truth["articles"] if a.get("title")}
    asked: list[tuple[str, str, list[float]]] = []

    def record(boxes, chunk_blanks=False):
        rule = A._title_box_rule(boxes)
        asked.append((A._text(boxes[0]), A._text(boxes[1]), [float(v) for v in A.title_features(boxes, rule)]))
        return rule

    with _asking(A, "_title_box", record):
        parse_text(text)
    X: list[list[float]] = []
    y: list[float] = []
    for b0, b1, x in asked:
        first, second = norm_block(b0) in titles, norm_block(b1) in titles
        if first != second:
            X.append(x)
            y.append(float(second))
    return X, y


def start_rows(text: str, truth: dict) -> tuple[list[list[float]], list[float]]:
    """Every line the rules ask whether it opens a paragraph or is a heading line, read as the rules read
    it, labelled where the truth says: 1 when the line's text is in one of its paragraphs (and in no
    headline or subhead), 0 when it is in a headline, column name or subhead only."""
    paras = [norm_block(b["text"]) for a in truth["articles"] for b in a["body"] if b["type"] == "paragraph"]
    heads = head_blocks_of(truth)
    asked: list[tuple[str, list[float]]] = []

    def record(pl, i, rule, geo):
        asked.append((pl[i].text, [float(v) for v in R.start_features(pl, i, rule)]))
        return rule

    with _asking(R, "_opens_here", record):
        reflow(text_to_lines(text))
    X: list[list[float]] = []
    y: list[float] = []
    for line, x in asked:
        label = start_label(line, paras, heads)
        if label is not None:
            X.append(x)
            y.append(label)
    return X, y


def start_label(line: str, paras: list[str], heads: list[str]) -> float | None:
    """Does ``line`` (outside a paragraph) open one, as the truth says (``paras``: its paragraphs, ``heads``: its
    headline fields and subheads, normalised)?  1.0 when its text is in a paragraph and in no headline or subhead,
    0.0 the converse, None where the truth does not say."""
    t = norm_block(line)
    in_body, in_head = any(t in b for b in paras), any(t in h for h in heads)
    return float(in_body) if len(t) >= 3 and in_body != in_head else None


def box_pages(
    corpus: Path, year: str, n: int = 600, seeds: tuple[int, ...] = tuple(range(14, 174, 10))
) -> list[tuple[str, dict]]:
    """Pages without blank lines (pdftotext -raw), the only text where the box model decides.  (Sixteen seeds:
    with its context features the model gains from the examples — line pairs right on the raw tuning pages
    0.899 with two seeds, 0.911 with four; on the raw check pages of 2020, 0.921 with four, 0.929 with sixteen
    and ``BOX_FOREST``.)"""
    pages = group_pages(read_records(corpus, year))
    return [
        (g.text, g.truth)
        for seed in seeds
        for g in (generate_page(recs, seed=seed, style="raw") for recs in sample_pages(pages, n, seed))
    ]


def split_dataset(sets: dict[str, list[tuple[str, dict]]]) -> tuple[list[list[float]], list[float]]:
    """One example per candidate cut, labelled 1 for the right one (a model of its log-odds then ranks the cuts)."""
    X: list[list[float]] = []
    y: list[float] = []
    for pages in sets.values():
        for text, truth in pages:
            for feats, right in split_rows(text, truth):
                X += feats
                y += [float(i == right) for i in range(len(feats))]
    return X, y


def dataset(sets: dict[str, list[tuple[str, dict]]]) -> tuple[list[list[float]], list[float]]:
    X: list[list[float]] = []
    y: list[float] = []
    for pages in sets.values():
        for text, truth in pages:
            xs, ys = group_rows(text, truth)
            X += xs
            y += ys
    return X, y


FOREST = {"max_iter": 150, "learning_rate": 0.15, "max_depth": 4, "l2_regularization": 1.0}
# the line-break and the cut models are asked dozens of times a page: fewer trees (on held-out pages, as good
# as 150)
FEW_TREES = {**FOREST, "max_iter": 50, "learning_rate": 0.3}
# the subhead-or-boundary model has the most examples (26,000 groups) and the most to say: twice the trees at a
# lower rate (on the tuning pages, mean of the six metrics 0.7929 -> 0.7961); the title model has the fewest
# (4,700 headlines) and overfits 150 trees: FEW_TREES (0.7929 -> 0.7949)
MANY_TREES = {**FOREST, "max_iter": 300, "learning_rate": 0.1}
# the two line models have the most examples (400,000 and 260,000 lines) and learn more than 50 trees of depth 4
# hold: 100 of depth 6 err at 15 % fewer places (pair) and 19 % fewer lines (start) on pages of seeds 41–43
# when fitted on the others (300 of depth 6: 2–3 % fewer again, at three times the cost a page)
LINE_TREES = {**FOREST, "max_iter": 100, "learning_rate": 0.2, "max_depth": 6}
# the box model, with 61,000 line pairs of sixteen seeds: twice the trees at a lower rate (line pairs right on the
# raw check pages 0.926 -> 0.929; deeper trees no better)
BOX_FOREST = {**FOREST, "max_iter": 300, "learning_rate": 0.1}


def fit_forest(X: np.ndarray, y: np.ndarray, params: dict = FOREST) -> tuple[float, list[str]]:
    """Boosted trees (scikit-learn's histogram gradient boosting, fixed seed, no early stopping: the same
    data gives the same trees) as (base log-odds, one Python expression per tree; see ``reconstruct.forest``)."""
    from sklearn.ensemble import HistGradientBoostingClassifier  # (only fitting needs scikit-learn)

    clf = HistGradientBoostingClassifier(**params, early_stopping=False, random_state=0).fit(X, y > 0.5)
    # (the trees are read from scikit-learn's private attributes: check they still say what the model says)
    base, trees = float(clf._baseline_prediction.ravel()[0]), [_expression(p[0].nodes) for p in clf._predictors]
    f = compile_forest("check", base, trees, X.shape[1])
    sample = X[:: max(1, len(X) // 500)]
    if max(abs(f(list(x)) - d) for x, d in zip(sample, clf.decision_function(sample))) > 1e-3 * len(trees):
        raise RuntimeError(
            "this scikit-learn keeps its trees differently: the written model would not be the fitted one"
        )
    return base, trees


def _expression(nodes, i: int = 0) -> str:
    nd = nodes[i]
    if nd["is_leaf"]:
        return f"{float(nd['value']):.6g}"
    left, right = _expression(nodes, int(nd["left"])), _expression(nodes, int(nd["right"]))
    return f"({left} if x[{int(nd['feature_idx'])}] <= {float(nd['num_threshold'])!r} else {right})"


def _tuple(name: str, values: list[str], notes: list[str] | None = None) -> str:
    rows = (
        [f"    {v},  # {n}\n" for v, n in zip(values, notes, strict=True)] if notes else [f"    {v},\n" for v in values]
    )
    return f"{name} = (\n" + "".join(rows) + ")\n"


# what each model of ``group_model.py`` decides, in the order the file lists them ({n}: its examples)
MODELS = {
    "GROUP": "subhead or boundary (``assemble.group_features``): {n} heading groups",
    "SPLIT": "where a boundary falls in its group (``assemble.split_features``): the cuts of {n} groups",
    "BOX": "without blank lines, whether a new headline box starts (``assemble.box_features``): {n} line pairs of\n"
    "  9,600 more pages of the same records in pdftotext -raw style",
    "PAIR": "whether a line runs on in the paragraph above it (``reflow.pair_features``): {n} places",
    "START": "outside a paragraph, whether a line opens one (``reflow.start_features``): {n} lines",
    "TITLE": "which of two headline boxes is the title (``assemble.title_features``): {n} headlines",
    "COLUMN": "whether a headline's first box is a column's name (``assemble.column_features``): {n} headlines",
}


def current_models() -> dict[str, tuple[list[str], tuple[float, list[str]], int]]:
    """The models as ``group_model`` holds them now, with the example counts its docstring gives (``write_model``'s
    input: a refit of some models writes the others back as they are)."""
    out = {}
    for k, template in MODELS.items():
        doc, head = M.__doc__ or "", template.split("{n}")[0]
        n = int(re.match(r"\d+", doc[doc.index(head) + len(head) :]).group(0))  # (re.match: a count follows)
        out[k] = (list(getattr(M, f"{k}_FEATURES")), (getattr(M, f"{k}_BASE"), list(getattr(M, f"{k}_TREES"))), n)
    return out


def write_model(
    year: str, models: dict[str, tuple[list[str], tuple[float, list[str]], int]], path: Path = MODEL
) -> None:
    """``models``: for each name of ``MODELS``, its feature names, its forest and how many examples fitted it."""
    # laid out as ``ruff format`` lays it out, so the generated file passes the format check as written
    head = (
        '"""The fitted models of the text path: boosted trees, by ``bench/fit_reconstruct.py`` on pages generated\n'
        f"from the {year} records of the 人民日报 evaluation corpus (three extractor styles).\n\n"
        + "".join(f"* {MODELS[k].format(n=models[k][2])};\n" for k in MODELS)
        + "\nTrees are Python expressions over the feature list ``x`` (``reconstruct.forest``).\n"
        'Generated file: rerun the script, do not edit.\n"""\n'
    )
    body = "".join(
        "\n"
        + _tuple(f"{k}_FEATURES", [f'"{x}"' for x in models[k][0]])
        + "\n"
        + f"{k}_BASE = {models[k][1][0]:.6g}\n"
        + _tuple(f"{k}_TREES", [f'"{t}"' for t in models[k][1][1]])
        for k in MODELS
    )
    path.write_text(head + body, encoding="utf-8")


def objective(sets: dict[str, list[tuple[str, dict]]]) -> float:
    total = 0.0
    for pages in sets.values():
        s = summarize([score_page(parse_text(text), truth) for text, truth in pages])
        total += sum(s[k] or 0.0 for k in METRICS) / len(METRICS)
    return total / len(sets)


def search(sets: dict[str, list[tuple[str, dict]]], sweeps: int = 2, names: list[str] | None = None) -> None:
    best = objective(sets)
    print(f"objective {best:.4f}", flush=True)
    for _ in range(sweeps):
        changed = False
        for name in names or CONSTANTS:
            v0 = getattr(A, name)
            for v in sorted({round(v0 + d, 2) for d in (-1.0, -0.5, 0.5, 1.0)} - {v0}, key=lambda x: abs(x - v0)):
                setattr(A, name, v)
                o = objective(sets)
                if o > best + 1e-4:
                    best, v0, changed = o, v, True
                    print(f"  {name} = {v}  ({best:.4f})", flush=True)
            setattr(A, name, v0)
        if not changed:
            break
    print("constants:", {name: getattr(A, name) for name in names or CONSTANTS})
