"""Fit the text-path parser's group model (and, with --search, its scoring constants) on one year's records.

    python bench/fit_reconstruct.py --corpus ../shared/corpus/rmrb-2019-2020.jsonl.gz            # fit and report
    python bench/fit_reconstruct.py --corpus … --write                                          # + group_model.py
    python bench/fit_reconstruct.py --corpus … --search                                         # + the constants
    python bench/fit_reconstruct.py --corpus … --models GROUP --write     # refit one model, keep the others
    python bench/fit_reconstruct.py --corpus … --models PAIR,START --write  # the line models alone

See ``banmian.evaluate.fit`` for what is generated and fitted.  Needs numpy and scikit-learn (the eval extra).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from banmian.evaluate import fit
from banmian.reconstruct import group_model as M


def collect(pages, rows_of) -> tuple[list, list]:
    """The rows and labels ``rows_of(text, truth)`` gives for every page, in order."""
    X: list = []
    y: list = []
    for text, truth in pages:
        xs, ys = rows_of(text, truth)
        X += xs
        y += ys
    return X, y


def refit_some(args, sets: dict, names: list[str]) -> None:
    """Refit only the models ``names`` (any of ``fit.MODELS``), keeping the rest as they are.  The two line
    models (PAIR, START) read pages as the rules read them, so they refit alone; the others were fitted on
    pages reflowed with the line models of their time, and keep reading them with the new ones."""
    unknown = set(names) - set(fit.MODELS)
    if unknown:
        raise SystemExit(f"--models: not models of group_model.py: {sorted(unknown)}")
    kept = fit.current_models()
    models = dict(kept)
    every_page = [page for pages in sets.values() for page in pages]
    for name in names:
        if name in ("PAIR", "START"):
            fit.use_line_models((0.0, []), (0.0, []))  # (their rows: the rules' reading)
            X, y = collect(every_page, fit.pair_rows if name == "PAIR" else fit.start_rows)
            params = fit.LINE_TREES
        elif name == "GROUP":
            X, y = fit.dataset(sets)
            params = fit.MANY_TREES
        elif name == "SPLIT":
            X, y = fit.split_dataset(sets)
            params = fit.FEW_TREES
        elif name == "BOX":
            X, y = collect(fit.box_pages(args.corpus, args.year), fit.box_rows)
            params = fit.BOX_FOREST
        elif name == "TITLE":
            X, y = collect(every_page, fit.title_rows)
            params = fit.FEW_TREES
        else:
            X, y = collect(every_page, fit.column_rows)
            params = fit.FEW_TREES
        forest = fit.fit_forest(np.array(X, dtype=float), np.array(y), params)
        n = int(np.sum(y)) if name == "SPLIT" else len(y)
        models[name] = (list(getattr(M, f"{name}_FEATURES")), forest, n)
        print(f"{name}: {len(y)} examples ({np.mean(y):.2f} positive)")
        fit.use_line_models(models["PAIR"][1], models["START"][1])  # (models refitted after these read with them)
    if args.write:
        fit.write_model(args.year, models)
        print(f"wrote {fit.MODEL}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--year", default="2019", help="fit on the records of this year only")
    ap.add_argument("--write", action="store_true", help="write the fitted weights to reconstruct/group_model.py")
    ap.add_argument("--search", action="store_true", help="then search the scoring constants")
    ap.add_argument("--only", help="comma-separated constants to search (default: all of fit.CONSTANTS)")
    ap.add_argument("--sweeps", type=int, default=2)
    ap.add_argument(
        "--models",
        help="comma-separated models to refit (default: all of " + ",".join(fit.MODELS) + "); the others are kept "
        "as they are in group_model.py, and the refitted ones read pages as those kept ones read them",
    )
    args = ap.parse_args()
    t0 = time.time()
    sets = fit.training_pages(args.corpus, args.year, fit.FIT_SETS)
    if args.models:
        refit_some(args, sets, args.models.split(","))
        return
    # first the two line models (their rows are read as the rules read the page), then the others on pages
    # reflowed as the parser will reflow them, with them
    fit.use_line_models((0.0, []), (0.0, []))
    Xp, yp, Xt, yt = [], [], [], []
    for pages in sets.values():
        for text, truth in pages:
            xs, ys = fit.pair_rows(text, truth)
            Xp += xs
            yp += ys
            xs, ys = fit.start_rows(text, truth)
            Xt += xs
            yt += ys
    Xp_a, yp_a = np.array(Xp, dtype=float), np.array(yp)
    Xt_a, yt_a = np.array(Xt, dtype=float), np.array(yt)
    pair_forest = fit.fit_forest(Xp_a, yp_a, fit.LINE_TREES)
    start_forest = fit.fit_forest(Xt_a, yt_a, fit.LINE_TREES)
    fit.use_line_models(pair_forest, start_forest)
    print(f"{len(yp)} places a line may run on ({yp_a.mean():.2f} do)")
    print(f"{len(yt)} lines that open a paragraph or are headings ({yt_a.mean():.2f} paragraphs)")
    X, y = fit.dataset(sets)
    Xa, ya = np.array(X, dtype=float), np.array(y)
    forest = fit.fit_forest(Xa, ya, fit.MANY_TREES)
    print(f"{len(y)} groups ({ya.mean():.2f} subheads), {time.time() - t0:.0f} s")
    Xs, ys = fit.split_dataset(sets)
    Xs_a, ys_a = np.array(Xs, dtype=float), np.array(ys)
    split_forest = fit.fit_forest(Xs_a, ys_a, fit.FEW_TREES)
    n_split = int(ys_a.sum())
    print(f"{n_split} boundary groups ({len(ys)} candidate cuts)")
    Xb, yb = collect(fit.box_pages(args.corpus, args.year), fit.box_rows)
    Xb_a, yb_a = np.array(Xb, dtype=float), np.array(yb)
    box_forest = fit.fit_forest(Xb_a, yb_a, fit.BOX_FOREST)
    print(f"{len(yb)} headline line pairs ({yb_a.mean():.2f} new box)")
    fit.use_headline_models(forest, split_forest, box_forest)
    fit.use_column_model((0.0, []))  # (the title model is fitted on the rules' column names)
    every_page = [page for pages in sets.values() for page in pages]
    Xh, yh = collect(every_page, fit.title_rows)
    title_forest = fit.fit_forest(np.array(Xh, dtype=float), np.array(yh), fit.FEW_TREES)
    print(f"{len(yh)} headlines of two boxes ({np.mean(yh):.2f} titled by the second)")
    # then the column model (a column's name the rules miss leaves the title model a box fewer to choose from;
    # fitted first, the title model lost 0.9 points of pdfminer titles on the tuning pages)
    Xc, yc = collect(every_page, fit.column_rows)
    column_forest = fit.fit_forest(np.array(Xc, dtype=float), np.array(yc), fit.FEW_TREES)
    print(f"{len(yc)} first boxes over a headline ({np.mean(yc):.2f} column names)")
    if args.write:
        fit.write_model(
            args.year,
            {
                "GROUP": (list(M.GROUP_FEATURES), forest, len(y)),
                "SPLIT": (list(M.SPLIT_FEATURES), split_forest, n_split),
                "BOX": (list(M.BOX_FEATURES), box_forest, len(yb)),
                "PAIR": (list(M.PAIR_FEATURES), pair_forest, len(yp)),
                "START": (list(M.START_FEATURES), start_forest, len(yt)),
                "TITLE": (list(M.TITLE_FEATURES), title_forest, len(yh)),
                "COLUMN": (list(M.COLUMN_FEATURES), column_forest, len(yc)),
            },
        )
        print(f"wrote {fit.MODEL}")
    if args.search:
        fit.search(
            {f"{st}:{seed}": sets[f"{st}:{seed}"] for st, _, seed in fit.SETS},
            args.sweeps,
            args.only.split(",") if args.only else None,
        )


if __name__ == "__main__":
    main()
