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


def compile_forest(name: str, base: float, trees: Sequence[str], n_features: int) -> Callable[[Sequence[float]], float]:
    """The function ``x -> base + sum(tree(x))`` of a forest written as expressions (see module doc)."""
    for t in trees:
        if not _TREE.match(t):
            raise ValueError(f"{name}: not a tree expression: {t[:60]!r}")
        for i in map(int, re.findall(r"x\[(\d+)\]", t)):
            if i >= n_features:
                raise ValueError(f"{name}: a tree reads feature {i} of {n_features}")
    body = "\n".join(f"    s += {t}" for t in trees)
    src = f"def {name}(x):\n    s = {float(base)!r}\n{body}\n    return s\n"
    namespace: dict = {}
    exec(compile(src, f"<banmian forest {name}, {len(trees)} trees>", "exec"), namespace)
    return namespace[name]
