"""The opt-in mypyc build (``BANMIAN_MYPYC=1 pip install .``, setup.py) parses as the pure-Python modules do.

The first two tests run in either build: the forms the compiled build uses instead of code made with ``exec``
(the forests as a module of functions, the column-width pass as loops) give the same numbers to the bit.  The
last ones need the compiled build installed, and skip otherwise (CI installs the pure package: compiling takes
a few minutes): the compiled modules and the pure ones, run side by side, give the same pages.
"""

from __future__ import annotations

import ast
import json
import random
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

import banmian
from banmian.evaluate import fit
from banmian.model import Line
from banmian.reconstruct import assemble, forest, group_model, reflow
from banmian.sources.text import text_to_lines
from conftest import EXAMPLE

COMPILED = reflow.COMPILED
needs_compiled = pytest.mark.skipif(
    not COMPILED, reason="the mypyc build is not installed (BANMIAN_MYPYC=1 pip install .)"
)


def test_forward_loop_is_the_written_out_pass():
    rnd = random.Random(7)
    for n in (1, 2, 7, 10):
        levels = [rnd.choice((-0.3, -4.0, -1.5, -5.0, -9.0)) for _ in range(n)]  # (ties, as real rows have)
        rows = [[rnd.choice(levels + [rnd.uniform(-9, 0)]) for _ in range(n)] for _ in range(300)]
        drops = [rnd.choice((5.0, 10.0)) for _ in rows]
        score, back = reflow._forward(n)(rows, drops)
        score2, back2 = reflow._forward_loop(n, rows, drops)
        assert score2 == score
        assert [tuple(b) for b in back2] == back


def _features(rnd: random.Random, n: int) -> list:
    """A feature list as the parser makes them: bools, small ints and floats."""
    return [rnd.choice((rnd.random() < 0.5, rnd.randrange(40), rnd.uniform(0, 40), rnd.random())) for _ in range(n)]


def test_forests_module_gives_the_same_logits():
    """``_forests`` (what mypyc compiles) run as Python: the logits of ``compile_forest``'s functions, bit for bit."""
    namespace: dict = {}
    exec(compile(forest.forests_module(group_model), "<_forests>", "exec"), namespace)
    rnd = random.Random(11)
    for name, key in forest.MODELS.items():
        base, trees = getattr(group_model, key + "_BASE"), getattr(group_model, key + "_TREES")
        n = len(getattr(group_model, key + "_FEATURES"))
        made = forest.compile_forest(name, base, trees, n)
        digest, fn = namespace["FORESTS"][name]
        assert digest == forest.hashlib.sha256(forest.forest_source(name, base, trees, n).encode()).hexdigest()
        for _ in range(300):
            x = _features(rnd, n)
            assert fn(x).hex() == made(x).hex()


def test_the_compiled_modules_type_check(tmp_path):
    """mypyc compiles only what mypy accepts: the modules setup.py compiles, with its flags, type-check (what
    keeps ``BANMIAN_MYPYC=1 pip install .`` building without building it here, which takes minutes)."""
    api = pytest.importorskip("mypy.api")
    root = Path(__file__).resolve().parents[1]
    setup = ast.parse((root / "setup.py").read_text(encoding="utf-8"))
    consts = {
        n.targets[0].id: n.value for n in setup.body if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)
    }
    modules, mypy_flags = ast.literal_eval(consts["COMPILED"]), ast.literal_eval(consts["MYPY_FLAGS"])
    (tmp_path / "_forests.py").write_text(forest.forests_module(group_model), encoding="utf-8")
    files = [str(tmp_path / m) if m == "_forests.py" else str(root / "src/banmian/reconstruct" / m) for m in modules]
    flags = ["--config-file", str(root / "pyproject.toml"), "--cache-dir", str(tmp_path / "cache"), *mypy_flags]
    out, err, status = api.run([*flags, *files])
    assert status == 0, out + err


def _pages() -> list[list[Line]]:
    """The seed page, two variants of it (as bench/parse_speed.py makes them), and the seed page with geometry
    (lines set in two columns of 9-point type, a cell indent on some), for the PDF path's rules."""
    text = EXAMPLE.read_text(encoding="utf-8")
    base = text.split("\n")
    pages = [base]
    for mark in ("丁", "乙"):
        pages.append([ln[:-1] + mark if len(ln) > 8 and ln[-1] not in "。，”" else ln for ln in base])
    out = [text_to_lines("\n".join(p)) for p in pages]
    geo, y = [], 60.0
    for i, t in enumerate(base):
        x0 = 40.0 if i < len(base) // 2 else 300.0
        if i == len(base) // 2:
            y = 60.0
        indent = 18.0 if t.startswith(("本报", "连日来", "据")) else 0.0
        t = t.rstrip()
        geo.append(Line(t, 1, (x0 + indent, y, x0 + indent + 9.0 * len(t), y + 9.0), 9.0) if t else Line(t))
        y += 12.0
    out.append(geo)
    return out


_PURE_RUN = """
import json, sys
import banmian
from banmian.model import Line
from banmian.reconstruct import reflow
assert not reflow.COMPILED and reflow.__file__.endswith(".py"), reflow.__file__
for lines in json.load(sys.stdin):
    page = banmian.parse_lines([Line(t, p, tuple(b) if b else None, s) for t, p, b, s in lines])
    print(json.dumps(page.to_dict(), ensure_ascii=False, sort_keys=True))
"""


@needs_compiled
def test_compiled_modules_are_the_ones_loaded():
    for module in (reflow, assemble):
        assert Path(module.__file__).suffix in (".so", ".pyd")
    # the forests too: the compiled module's functions, not ones made with exec
    for fn in (assemble._group_logit, assemble._box_logit, reflow._pair_logit, reflow._start_logit):
        assert not isinstance(fn, types.FunctionType)


@needs_compiled
def test_compiled_build_parses_as_the_pure_modules(tmp_path):
    # the pure modules: the installed package's Python files alone, beside it (the wheel ships them with the
    # compiled ones), without the compiled forests' source, so that the forests are made with exec as ever
    package = Path(banmian.__file__).parent
    shutil.copytree(package, tmp_path / "banmian", ignore=shutil.ignore_patterns("*.so", "*.pyd", "_forests.py"))
    pages = _pages()
    data = json.dumps([[(ln.text, ln.page, ln.bbox, ln.size) for ln in lines] for lines in pages])
    run = subprocess.run(
        [sys.executable, "-c", _PURE_RUN],
        input=data,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    pure = run.stdout.splitlines()
    compiled = [json.dumps(banmian.parse_lines(lines).to_dict(), ensure_ascii=False, sort_keys=True) for lines in pages]
    assert len(pure) == len(pages)
    for k, (a, b) in enumerate(zip(compiled, pure)):
        assert a == b, f"page {k}: the compiled build differs"


@needs_compiled
def test_fitting_asks_for_the_pure_build():
    """Collecting the models' rows replaces parser functions, which compiled callers never look up."""
    with pytest.raises(RuntimeError, match="pure-Python build"):
        fit.column_rows(EXAMPLE.read_text(encoding="utf-8"), {"articles": []})
