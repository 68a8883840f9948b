"""What each decision of the text path costs: parse pages with some of the parser's decisions taken from the truth.

The text path decides a page in a few kinds of steps (``reconstruct.reflow``, then ``reconstruct.assemble``), each
by its own model or rules.  Replacing one kind by the truth's answer, wherever the truth gives one, and scoring the
page again says how many points that kind of decision still loses: where work on the parser would pay.

``breaks``
    the reflow's first question of a line: does it run on in the paragraph above?
``starts``
    its second, of a line outside a paragraph: does it open one, or belong to a headline?  (Both labelled as
    ``evaluate.fit`` labels the line models' examples.)
``groups``
    subhead or boundary: is a heading group between two runs of paragraphs a section's subhead (the paragraphs
    on both sides belong to one article) or where one article ends and the next begins?
``cuts``
    where a boundary falls inside its group: which headline lines close the article above (printed after its
    body) and which open the one below
``roles``
    which of two headline boxes is the title (kicker over title, or title over subtitle), and whether a
    headline's first box is a column's name
``boxes``
    on text without blank lines: where a headline's lines start a new box (kicker, title, subtitle)

The truth answers only where it can be read off unambiguously (a line whose text occurs once in the truth; a group
whose paragraphs on both sides the reflow got right; a box whose text is exactly one article's title); elsewhere
the parser's own decision stands, so the scores are what perfect decisions of that kind would give, the others
as they are, not a ceiling of the task.

How: the decision functions of ``reconstruct.reflow`` and ``reconstruct.assemble`` are swapped, for the length of a
page, for ones that read the truth (``truth_decisions``), as ``evaluate.fit`` swaps them to collect the models'
examples.  That works in the pure-Python build only (a module compiled by mypyc calls its functions directly, not
through the module's names): the mypyc build is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from banmian.evaluate.fit import head_blocks_of, labelled_groups, pair_label, start_label, truth_cut
from banmian.evaluate.metrics import norm_block
from banmian.evaluate.run import EvalResult, evaluate_dir, read_truth
from banmian.reconstruct import assemble as A
from banmian.reconstruct import reflow as R

DECISIONS = ("breaks", "starts", "groups", "cuts", "roles", "boxes")

# the headline fields a box's text is looked up in
_HEAD_FIELDS = ("column", "kicker", "title", "subtitle")


def _bare(text: str | None) -> str:
    return "".join((text or "").split())


def compiled() -> bool:
    """Is the parser the mypyc build's compiled modules?"""
    return R.COMPILED or not str(getattr(A, "__file__", "")).endswith(".py")


@contextmanager
def truth_decisions(truth: dict, decisions: Iterable[str]) -> Iterator[None]:
    """While inside, the text path takes the decisions named (of ``DECISIONS``) from ``truth`` (a page's truth,
    the ``banmian parse --format json`` schema) wherever the truth gives an answer."""
    chosen = set(decisions)
    unknown = chosen - set(DECISIONS)
    if unknown:
        raise ValueError(f"not decisions of the text path: {sorted(unknown)} (known: {', '.join(DECISIONS)})")
    if compiled():
        raise RuntimeError("the decisions can be swapped in the pure-Python build only (this assemble is compiled)")
    arts = truth["articles"]
    owner = {norm_block(b["text"]): ai for ai, a in enumerate(arts) for b in a.get("body") or []}
    heads = ["".join((a.get(f) or "") for f in (*_HEAD_FIELDS, "byline")).replace(" ", "") for a in arts]  # (as fitted)
    fields = [_bare(a.get(f)) for a in arts for f in _HEAD_FIELDS if _bare(a.get(f))]
    titles = {_bare(a.get("title")) for a in arts} - {""}
    columns = {_bare(a.get("column")) for a in arts} - {""}
    others = {_bare(a.get(f)) for a in arts for f in ("kicker", "title", "subtitle")} - {""}
    cut_at: dict[int, int] = {}  # id(group) -> how many of its units close the article above, per the truth

    blocks = [norm_block(b["text"]) for a in arts for b in a.get("body") or []]
    paras = [norm_block(b["text"]) for a in arts for b in a.get("body") or [] if b["type"] == "paragraph"]
    head_blocks = head_blocks_of(truth)
    original = {
        name: getattr(A, name)
        for name in (
            "_document_sections",
            "_split_logit",
            "_title_box",
            "_sized_banner",
            "_box_break",
            "_parallel_halves",
        )
    }
    original_reflow = {
        name: getattr(R, name) for name in ("_runs_on", "_runs_on_here", "_opens_here", "_lone_unfinished_lines")
    }

    def runs_on(pl):
        # (the lines the rules are sure run on are appended without asking ``_runs_on_here``: where the truth
        # breaks the paragraph there, the loop asks)
        out = original_reflow["_runs_on"](pl)
        for i in range(1, len(pl)):
            if out[i] and pair_label(pl[i - 1].text, pl[i].text, blocks, head_blocks) == 0.0:
                out[i] = False
        return out

    def runs_on_here(pl, i, para, *rest):
        label = pair_label(para.lines[-1].text, pl[i].text, blocks, head_blocks)
        return bool(label) if label is not None else original_reflow["_runs_on_here"](pl, i, para, *rest)

    def opens_here(pl, i, *rest):
        label = start_label(pl[i].text, paras, head_blocks)
        return bool(label) if label is not None else original_reflow["_opens_here"](pl, i, *rest)

    def lone_unfinished_lines(units):
        # (the reflow's later reading of a lone line as a heading stands where the truth does not say)
        out = original_reflow["_lone_unfinished_lines"](units)
        return [u if start_label(u.text, paras, head_blocks) is not None else v for u, v in zip(units, out)]

    def document_sections(runs, groups):
        out = dict(original["_document_sections"](runs, groups))
        cut_at.clear()
        for gi, a, b in labelled_groups(runs, groups, owner):
            if "groups" in chosen:
                out[gi] = a == b  # (True: a subhead)
            k = truth_cut(groups[gi], heads[a], heads[b]) if a != b else None
            if k is not None:
                cut_at[id(groups[gi])] = k
        return out

    def split_logit(g, k, *rest):
        want = cut_at.get(id(g))
        if want is None:
            return original["_split_logit"](g, k, *rest)
        return 50.0 if k == want else -50.0  # (outweighs every other score of the cut)

    def title_box(boxes, chunk_blanks=False):
        t0, t1 = _bare(A._text(boxes[0])), _bare(A._text(boxes[1]))
        if (t0 in titles) != (t1 in titles):
            return 0 if t0 in titles else 1
        return original["_title_box"](boxes, chunk_blanks)

    def first_box_a_column(boxes):
        # (the hook where font sizes answer whether the first box is a column's name: on text it answers
        # nothing and the rules and the column model decide; here the truth answers when it can)
        t0 = _bare(A._text(boxes[0]))
        if len(boxes) > 1 and (t0 in columns) != (t0 in others):
            return t0 in columns
        return original["_sized_banner"](boxes)

    def box_break(heads_, i, body=None):
        a, b = _bare(heads_[i - 1].text), _bare(heads_[i].text)
        same = any(a + b in f for f in fields)
        apart = any(f.endswith(a) for f in fields) and any(f.startswith(b) for f in fields)
        if same != apart:
            return apart
        return original["_box_break"](heads_, i, body)

    def parallel_halves(boxes):
        # (two lines of as many characters read as one title's halves: a box decision, which the truth answers too)
        if len(boxes) == 2:
            a, b = _bare(A._text(boxes[0])), _bare(A._text(boxes[1]))
            same = any(a + b in f for f in fields)
            apart = any(f.endswith(a) for f in fields) and any(f.startswith(b) for f in fields)
            if same != apart:
                return same
        return original["_parallel_halves"](boxes)

    swapped = {"_document_sections": document_sections}  # (it reads the page's groups for ``cuts`` too)
    if "cuts" in chosen:
        swapped["_split_logit"] = split_logit
    if "roles" in chosen:
        swapped["_title_box"] = title_box
        swapped["_sized_banner"] = first_box_a_column
    if "boxes" in chosen:
        swapped["_box_break"] = box_break
        swapped["_parallel_halves"] = parallel_halves
    swapped_reflow = {"_runs_on": runs_on, "_runs_on_here": runs_on_here} if "breaks" in chosen else {}
    if "starts" in chosen:
        swapped_reflow["_opens_here"] = opens_here
        swapped_reflow["_lone_unfinished_lines"] = lone_unfinished_lines
    try:
        for name, fn in swapped.items():
            setattr(A, name, fn)
        for name, fn in swapped_reflow.items():
            setattr(R, name, fn)
        yield
    finally:
        for name, fn in original.items():
            setattr(A, name, fn)
        for name, fn in original_reflow.items():
            setattr(R, name, fn)


def evaluate_with_truth(path: str | Path, decisions: Iterable[str]) -> EvalResult:
    """``evaluate_dir`` on a folder of text pages with known truth, the decisions named taken from each page's
    truth (no decision named: the parser as it is)."""
    from banmian.pipeline import parse_file

    chosen = tuple(decisions)

    def parser(page_path: Path):
        truth = read_truth(page_path.with_name(page_path.stem + ".truth.json"))
        with truth_decisions(truth, chosen):
            return parse_file(page_path)[0]

    return evaluate_dir(path, parser, name="+".join(chosen) or "as parsed", prefer="txt")
