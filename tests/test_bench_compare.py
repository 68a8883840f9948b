"""``bench/compare.py --unseen``: the pages no check folder drew, so a figure on them is on articles never looked at."""

import importlib.util
from pathlib import Path

from banmian.evaluate.generate import group_pages, sample_pages

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "compare.py"


def _compare():
    spec = importlib.util.spec_from_file_location("bench_compare", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _records(year: str, pages: int) -> list[dict]:
    # one printable article a page, on pages 1–20 of as many days as needed
    return [
        {
            "id": f"rmrb-{year}{1 + i // 20:04d}-{1 + i % 20:02d}-01",
            "date": f"{year}-{1 + i // 600:02d}-{1 + i // 20 % 30:02d}",
            "page": 1 + i % 20,
            "kind": "article",
            "title": f"标题{i}",
            "paragraphs": [f"正文第{i}段。"],
        }
        for i in range(pages)
    ]


def test_unseen_pages_leave_out_every_page_a_check_folder_drew_and_keep_the_rest():
    compare = _compare()
    records = _records("2020", 1400) + _records("2019", 50)
    unseen = compare.unseen_pages(records)
    checked = group_pages(r for r in records if r["date"].startswith("2020"))
    drawn = {
        (recs[0]["date"], recs[0]["page"]) for n, seed in compare.CHECK_SETS for recs in sample_pages(checked, n, seed)
    }
    assert drawn and not drawn & set(unseen)
    # nothing else is left out: the 2019 pages and the 2020 pages no folder drew
    assert set(unseen) == set(group_pages(records)) - drawn
    assert sum(k[0].startswith("2019") for k in unseen) == 50
    assert 0 < sum(k[0].startswith("2020") for k in unseen) < 1400
