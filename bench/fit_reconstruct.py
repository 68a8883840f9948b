"""Fit the text-path parser's group model (and, with --search, its scoring constants) on one year's records.

    python bench/fit_reconstruct.py --corpus ../shared/corpus/rmrb-2019-2020.jsonl.gz            # fit and report
    python bench/fit_reconstruct.py --corpus … --write                                          # + group_model.py
    python bench/fit_reconstruct.py --corpus … --search                                         # + the constants

See ``banmian.evaluate.fit`` for what is generated and fitted.  Needs numpy.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from banmian.evaluate import fit
from banmian.reconstruct import assemble as A


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--year", default="2019", help="fit on the records of this year only")
    ap.add_argument("--write", action="store_true", help="write the fitted weights to reconstruct/group_model.py")
    ap.add_argument("--search", action="store_true", help="then search the scoring constants")
    ap.add_argument("--only", help="comma-separated constants to search (default: all of fit.CONSTANTS)")
    ap.add_argument("--sweeps", type=int, default=2)
    args = ap.parse_args()
    t0 = time.time()
    sets = fit.training_pages(args.corpus, args.year)
    X, y = fit.dataset(sets)
    Xa, ya = np.array(X), np.array(y)
    w = fit.fit_logistic(Xa, ya)
    acc = float((((Xa @ w) > 0) == (ya > 0.5)).mean())
    print(f"{len(y)} groups ({ya.mean():.2f} subheads), training accuracy {acc:.3f}, {time.time() - t0:.0f} s")
    Xs, ys = fit.split_dataset(sets)
    Xs_a, ys_a = np.array(Xs), np.array(ys)
    ws = fit.fit_logistic(Xs_a, ys_a)
    n_split = int(ys_a.sum())
    print(f"{n_split} boundary groups ({len(ys)} candidate cuts)")
    Xb, yb = [], []
    for text, truth in fit.box_pages(args.corpus, args.year):
        xs, ys = fit.box_rows(text, truth)
        Xb += xs
        yb += ys
    Xb_a, yb_a = np.array(Xb), np.array(yb)
    wb = fit.fit_logistic(Xb_a, yb_a)
    acc_b = float((((Xb_a @ wb) > 0) == (yb_a > 0.5)).mean())
    print(f"{len(yb)} headline line pairs ({yb_a.mean():.2f} new box), training accuracy {acc_b:.3f}")
    if args.write:
        fit.write_model(
            list(A.GROUP_FEATURES),
            w,
            len(y),
            args.year,
            list(A.SPLIT_FEATURES),
            ws,
            n_split,
            list(A.BOX_FEATURES),
            wb,
            len(yb),
        )
        print(f"wrote {fit.MODEL}")
    if args.search:
        fit.search(sets, args.sweeps, args.only.split(",") if args.only else None)


if __name__ == "__main__":
    main()
