"""Highlighted snippets cut from the original article text (not from the segmented index)."""

from __future__ import annotations

from banmian.reconstruct.script import fold_to_simplified


def make_snippet(text: str, needles: list[str], width: int = 90) -> tuple[str, list[tuple[int, int]]]:
    """A window of about ``width`` characters around the first, longest needle found, and the
    [start, end) offsets of every needle occurrence inside it (longest match wins on overlap)."""
    flat = " ".join(text.split())
    low = fold_to_simplified(flat).lower()  # (one character for one: offsets in ``low`` are offsets in ``flat``)
    needles = sorted({fold_to_simplified(n).lower() for n in needles if n.strip()}, key=len, reverse=True)
    anchor = -1
    for n in needles:  # longest needle first: a verbatim phrase beats a single term
        anchor = low.find(n)
        if anchor >= 0:
            break
    start = 0 if anchor < width // 3 else anchor - width // 3
    end = min(len(flat), start + width)
    start = max(0, min(start, end - width))
    window = flat[start:end]
    wlow = low[start:end]
    taken = [False] * len(window)
    spans: list[tuple[int, int]] = []
    for n in needles:
        i = wlow.find(n)
        while i >= 0:
            if not any(taken[i : i + len(n)]):
                spans.append((i, i + len(n)))
                for k in range(i, i + len(n)):
                    taken[k] = True
            i = wlow.find(n, i + len(n))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    off = len(prefix)
    return prefix + window + suffix, sorted((s + off, e + off) for s, e in spans)
