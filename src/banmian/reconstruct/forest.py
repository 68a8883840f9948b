"""Boosted decision trees as plain Python: the text path's fitted models, with no numpy at parse time.

A tree is kept as a Python expression over the feature list ``x``, e.g.
``(0.31 if x[4] <= 0.5 else (-0.12 if x[22] <= 0.7 else 0.05))`` (``evaluate.fit`` writes them), and a
forest is its base score plus the sum of its trees: the log-odds of the model.  The expressions are
compiled once, into one function (why: a chain of conditionals in one code object costs a few tens of
nanoseconds a comparison; walking node tuples in a loop costs several times that).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# an expression may hold only numbers, x[i], comparisons and conditionals: it is code, so check it is no more
_TREE = re.compile(r"^[\sx\[\]\d.eE+\-()<=ifels]*$")
_INDEX = re.compile(r"x\[(\d+)\]")


def compile_forest(name: str, base: float, trees: Sequence[str], n_features: int) -> Callable[[Sequence[float]], float]:
    """The function ``x -> base + sum(tree(x))`` of a forest written as expressions (see module doc)."""
    for t in trees:
        if not _TREE.match(t):
            raise ValueError(f"{name}: not a tree expression: {t[:60]!r}")
        for i in map(int, _INDEX.findall(t)):
            if i >= n_features:
                raise ValueError(f"{name}: a tree reads feature {i} of {n_features}")
    # the features as float locals (x3, not x[3]): a comparison then costs no subscript, and float against
    # float is CPython's fast path (a bool or int against a float threshold takes the generic one, twice as
    # slow); exact, as every feature is a bool, a small int or a float
    unpack = "    " + ", ".join(f"x{i}" for i in range(n_features)) + ", = map(float, x)\n" if n_features else ""
    # the sum as one expression, ``base + t1 + t2 + …``: the additions of ``s = base; s += t1; …`` in the same
    # order (left to right), without a store and a load of ``s`` per tree
    total = " + ".join([repr(float(base))] + [_INDEX.sub(r"x\1", t) for t in trees])
    src = f"def {name}(x):\n{unpack}    return {total}\n"
    namespace: dict = {}
    exec(compile(src, f"<banmian forest {name}, {len(trees)} trees>", "exec"), namespace)
    return namespace[name]
