"""Boosted decision trees as plain Python: the text path's fitted models, with no numpy at parse time.

A tree is kept as a Python expression over the feature list ``x``, e.g.
``(0.31 if x[4] <= 0.5 else (-0.12 if x[22] <= 0.7 else 0.05))`` (``evaluate.fit`` writes them), and a
forest is its base score plus the sum of its trees: the log-odds of the model.  The expressions are
compiled once, into one function (why: a chain of conditionals in one code object costs a few tens of
nanoseconds a comparison; walking node tuples in a loop costs several times that).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

# an expression may hold only numbers, x[i], comparisons and conditionals: it is code, so check it is no more
_TREE = re.compile(r"^[\sx\[\]\d.eE+\-()<=ifels]*$")
_INDEX = re.compile(r"x\[(\d+)\]")


# the forests of ``group_model.py``, by the names their modules compile them under (the opt-in mypyc build turns
# these into a compiled module, ``_forests``: see ``forests_module``)
MODELS = {
    "group_logit": "GROUP",
    "split_logit": "SPLIT",
    "box_logit": "BOX",
    "pair_logit": "PAIR",
    "start_logit": "START",
    "title_logit": "TITLE",
    "column_logit": "COLUMN",
}


def _check(name: str, trees: Sequence[str], n_features: int) -> None:
    for t in trees:
        if not _TREE.match(t):
            raise ValueError(f"{name}: not a tree expression: {t[:60]!r}")
        for i in map(int, _INDEX.findall(t)):
            if i >= n_features:
                raise ValueError(f"{name}: a tree reads feature {i} of {n_features}")


def forest_source(name: str, base: float, trees: Sequence[str], n_features: int) -> str:
    """The source of the function ``compile_forest`` makes (see there)."""
    _check(name, trees, n_features)
    # the features as float locals (x3, not x[3]): a comparison then costs no subscript, and float against
    # float is CPython's fast path (a bool or int against a float threshold takes the generic one, twice as
    # slow); exact, as every feature is a bool, a small int or a float
    unpack = "    " + ", ".join(f"x{i}" for i in range(n_features)) + ", = map(float, x)\n" if n_features else ""
    # the sum as one expression, ``base + t1 + t2 + …``: the additions of ``s = base; s += t1; …`` in the same
    # order (left to right), without a store and a load of ``s`` per tree
    total = " + ".join([repr(float(base))] + [_INDEX.sub(r"x\1", t) for t in trees])
    return f"def {name}(x):\n{unpack}    return {total}\n"


def compile_forest(name: str, base: float, trees: Sequence[str], n_features: int) -> Callable[[Sequence[float]], float]:
    """The function ``x -> base + sum(tree(x))`` of a forest written as expressions (see module doc).

    In the mypyc build, the compiled function of the same forest when there is one (``_forests``, made from
    the same source: it is used only while its source's digest is this forest's)."""
    src = forest_source(name, base, trees, n_features)
    if _COMPILED:
        digest, fn = _COMPILED.get(name, ("", None))
        if fn is not None and digest == hashlib.sha256(src.encode()).hexdigest():
            return fn
    namespace: dict = {}
    exec(compile(src, f"<banmian forest {name}, {len(trees)} trees>", "exec"), namespace)
    return namespace[name]


def forests_module(models: object) -> str:
    """The source of ``_forests``, the module of ``models``' forests (``group_model``) as plain functions, for
    mypyc to compile (``BANMIAN_MYPYC=1 pip install .``; see setup.py).  Each function is the one
    ``compile_forest`` makes, typed: the same comparisons of the same float features and the same additions in
    the same order, so the same logits to the bit; it reads only the features its trees read."""
    out = [
        '"""The text path\'s forests (``group_model.py``) as functions for mypyc to compile: made by',
        '``forest.forests_module`` when the package is built with BANMIAN_MYPYC=1.  Generated file: do not edit."""',
        "",
        "from __future__ import annotations",
        "",
    ]
    table = []
    for name, key in MODELS.items():
        base, trees = getattr(models, key + "_BASE"), getattr(models, key + "_TREES")
        n = len(getattr(models, key + "_FEATURES"))
        digest = hashlib.sha256(forest_source(name, base, trees, n).encode()).hexdigest()
        used = sorted({int(i) for t in trees for i in _INDEX.findall(t)})
        total = " + ".join([repr(float(base))] + [_INDEX.sub(r"x\1", t) for t in trees])
        out += ["", f"def {name}(x: list[float]) -> float:"]
        out += [f"    x{i}: float = float(x[{i}])" for i in used]
        out += [f"    return {total}", ""]
        table.append(f'    "{name}": ("{digest}", {name}),')
    out += ["", "FORESTS = {", *table, "}", ""]
    return "\n".join(out)


try:  # the mypyc build's compiled forests (absent in the pure-Python build)
    from banmian.reconstruct._forests import FORESTS as _COMPILED
except ImportError:
    _COMPILED = {}
