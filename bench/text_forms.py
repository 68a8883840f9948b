"""Pages in forms text takes on its way to users, scored as extracted and so transformed (README: text as users
have it — ASCII punctuation, traditional characters, letter-spaced lines, invisible characters, full-width figures).

    python bench/text_forms.py /tmp/t20m /tmp/t20p /tmp/t20r -n 200

For each folder of generated pages with known truth (``banmian generate``), its first N pages are scored in five
forms, the text and the truth alike: as extracted; NFKC-normalized (``，：；（）！？`` → ``,:;()!?``, ``……`` →
``......``); NFKC with ``。`` made ``.`` too; as a 全角→半角 converter made for Japanese text leaves it (``，（`` ASCII,
``。、「」`` the half-width ``｡､｢｣``); in traditional characters (OpenCC s2t); in Taiwan's (s2twp: its words
too, and corner quotes); letter-spaced, a space between every two characters of every line (the truth as it is: print
had no such spaces); with the invisible characters web pages leave (``with_invisibles``: no-break spaces, a
zero-width space after one character in twenty, a byte-order mark; the truth as it is); with figures and Latin letters
full-width, as some pipelines and OCR engines give them (``１２月``, ``ＣＤＭＯ``); the whole page converted to full
width (SBC: every ASCII character full-width, every space an ideographic one); with ten characters as the glyph numbers pdfminer.six writes where a font names no character (``(cid:4001)``;
the truth too), and as the geta mark GB2312 writes for a character it cannot encode (``〓``; the truth too); with radicals for the characters a PDF's fonts map to them (``⼈⺠⽇报``; the truth as printed), and
doubled, as macOS Preview copies them (``⼈人⺠民``); with marks in their vertical presentation forms (``︒︐﹁﹂``, a
page set vertically; the truth as printed); every line four spaces in (a margin
the page's lines share, as pasted text has it); double-spaced, a blank line after every line.  The transformed pages are parsed twice: by banmian, and by banmian's reconstruction on the text
as given (without the copies ``banmian.reconstruct.READING_COPIES`` reads such pages through, and without the text
reader's closing of letter-spaced lines, its reading of Unicode's spaces and its taking out a shared margin and double spacing), which is what a release before them did.  (Pages with only their headlines
letter-spaced, or those and the lines a justified column spreads out: ``banmian generate --spacing``.)
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from banmian import parse_text
from banmian.evaluate.generate import (
    each_string,
    letter_spaced,
    marks_as,
    script_as,
    with_geta_marks,
    with_invisibles,
    with_radicals,
    with_unnamed_glyphs,
)
from banmian.evaluate.run import compare_texts, find_truth_pages, read_truth, results_json
from banmian.model import Line
from banmian.reconstruct import assemble

FULL_WIDTH = str.maketrans(
    {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
)
# a 半角→全角 (SBC) converter's page: every ASCII character full-width, a space an ideographic one (U+3000)
SBC = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}, " ": "\u3000"})
# a page set vertically, its marks in their vertical presentation forms (︒︐︑︽︾﹁﹂), as extractors give them
VERTICAL = str.maketrans(dict(zip("，、。：；！？（）《》「」『』【】", "︐︑︒︓︔︕︖︵︶︽︾﹁﹂﹃﹄︻︼")))
KEYS = ("block_f1", "article_bcubed_f1", "title_acc", "kicker_acc", "subtitle_acc", "authors_acc")


FORMS: dict[str, Callable[[str], str]] = {
    "as extracted": lambda t: t,
    "NFKC": lambda t: marks_as(t, "nfkc"),
    "NFKC, 。 as .": lambda t: marks_as(t, "ascii"),
    "half-width marks": lambda t: marks_as(t, "half-width"),
    "traditional": lambda t: script_as(t, "traditional"),
    "Taiwan's": lambda t: script_as(t, "taiwan"),
    "letter-spaced": lambda t: "\n".join(map(letter_spaced, t.split("\n"))),
    "invisibles": lambda t: with_invisibles(t, str(len(t))),
    "full-width figures": lambda t: t.translate(FULL_WIDTH),
    "SBC": lambda t: t.translate(SBC),
    "glyph numbers": with_unnamed_glyphs,
    "geta marks": with_geta_marks,
    "radicals": with_radicals,
    "vertical marks": lambda t: t.translate(VERTICAL),
    "radicals doubled": lambda t: with_radicals(t, doubled=True),
    "a margin": lambda t: "\n".join("    " + ln if ln else ln for ln in t.split("\n")),
    "double-spaced": lambda t: "\n\n".join(t.split("\n")),
}
TEXT_ONLY = {
    "letter-spaced",
    "vertical marks",
    "radicals",
    "radicals doubled",
    "invisibles",
    "a margin",
    "double-spaced",
}  # forms the truth does not take (print had no such characters)


def as_given(text: str):
    """The parse without the copies: the text read as it is."""
    page = assemble.reconstruct([Line(t.rstrip()) for t in text.split("\n")])  # (generated pages: no indents)
    for i, art in enumerate(page.articles, 1):
        art.id = f"a{i}"
    return page


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("-n", type=int, default=200, help="pages of each folder (its first N by name)")
    ap.add_argument("--forms", help="comma-separated names of the forms to score (default: all)")
    args = ap.parse_args()
    print("| folder | text | parser | pages | " + " | ".join(KEYS) + " |")
    print("|---|---|---|---:|" + "---:|" * len(KEYS))
    for folder in args.folders:
        pairs = find_truth_pages(folder, prefer="txt")[: args.n]
        base = [(p.name, p.read_text(encoding="utf-8"), read_truth(t)) for t, p in pairs]
        for form_name, form in FORMS.items():
            if args.forms and form_name not in args.forms.split(","):
                continue
            items = [
                (name, form(text), truth if form_name in TEXT_ONLY else each_string(truth, form))
                for name, text, truth in base
            ]
            peers = {"banmian": parse_text}
            if form_name != "as extracted":
                peers["read as given"] = as_given
            results = compare_texts(items, peers)
            means = results_json(results)
            for parser, m in means.items() if len(peers) > 1 else [("banmian", means)]:
                cells = " | ".join(f"{m[k]:.3f}" if m.get(k) is not None else "–" for k in KEYS)
                print(f"| {folder.name} | {form_name} | {parser} | {m['pages']} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
