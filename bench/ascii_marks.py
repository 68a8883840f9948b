"""Pages whose punctuation a pipeline made ASCII, scored as extracted and so normalized (README: ASCII punctuation).

    python bench/ascii_marks.py /tmp/t20m /tmp/t20p /tmp/t20r -n 200

For each folder of generated pages with known truth (``banmian generate``), its first N pages are scored three ways,
the text and the truth alike: as extracted; NFKC-normalized (``，：；（）！？`` → ``,:;()!?``, ``……`` → ``......``);
and NFKC with ``。`` made ``.`` too.  The normalized pages are parsed twice: by banmian, and by banmian's
reconstruction on the text as given (without ``reconstruct/marks.py``'s copy with the marks set full-width again),
which is what a release before it did.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from banmian import parse_text
from banmian.evaluate.generate import marks_as, with_marks
from banmian.evaluate.run import compare_texts, find_truth_pages, read_truth, results_json
from banmian.reconstruct import assemble
from banmian.sources.text import text_to_lines

KEYS = ("block_f1", "article_bcubed_f1", "title_acc", "kicker_acc", "subtitle_acc", "authors_acc")


FORMS = {"as extracted": "print", "NFKC": "nfkc", "NFKC, 。 as .": "ascii"}


def as_given(text: str):
    """The parse without the copy: the marks read as they are."""
    page = assemble.reconstruct(text_to_lines(text))
    for i, art in enumerate(page.articles, 1):
        art.id = f"a{i}"
    return page


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("-n", type=int, default=200, help="pages of each folder (its first N by name)")
    args = ap.parse_args()
    print("| folder | text | parser | pages | " + " | ".join(KEYS) + " |")
    print("|---|---|---|---:|" + "---:|" * len(KEYS))
    for folder in args.folders:
        pairs = find_truth_pages(folder, prefer="txt")[: args.n]
        base = [(p.name, p.read_text(encoding="utf-8"), read_truth(t)) for t, p in pairs]
        for form_name, form in FORMS.items():
            items = [(name, marks_as(text, form), with_marks(truth, form)) for name, text, truth in base]
            peers = {"banmian": parse_text}
            if form_name != "as extracted":
                peers["marks as given"] = as_given
            results = compare_texts(items, peers)
            means = results_json(results)
            for parser, m in means.items() if len(peers) > 1 else [("banmian", means)]:
                cells = " | ".join(f"{m[k]:.3f}" if m.get(k) is not None else "–" for k in KEYS)
                print(f"| {folder.name} | {form_name} | {parser} | {m['pages']} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
