"""Placeholder: one article, a paragraph per blank-line block (replaced by the real assembler)."""

from __future__ import annotations

from banmian.model import Article, Block, Line, Page


def reconstruct(lines: list[Line]) -> Page:
    blocks: list[str] = []
    cur: list[str] = []
    for ln in lines:
        if ln.blank:
            if cur:
                blocks.append("".join(cur))
            cur = []
        else:
            cur.append(ln.text.strip())
    if cur:
        blocks.append("".join(cur))
    return Page(articles=[Article(id="a1", body=[Block("paragraph", b) for b in blocks])])
