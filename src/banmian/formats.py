"""Output formats of a parsed page: Markdown for people, JSON/JSONL for programs."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from banmian.model import Article, Page


def article_markdown(a: Article) -> str:
    out: list[str] = []
    if a.column:
        out.append(f"*{a.column}*")
    if a.kicker:
        out.append(f"**{a.kicker}**")
    out.append(f"## {a.title or '（无标题）'}")
    if a.subtitle:
        out.append(f"**{a.subtitle}**")
    if a.byline:
        out.append(f"*{a.byline}*")
    if a.continued_from:
        out.append(f"*{a.continued_from.text}*")
    for b in a.body:
        out.append(f"### {b.text}" if b.type == "subhead" else b.text)
    for c in a.captions:
        out.append(f"> {c}")
    if a.continues_to:
        out.append(f"*{a.continues_to.text}*")
    return "\n\n".join(out)


def page_markdown(p: Page) -> str:
    head = " · ".join(str(x) for x in (p.newspaper, p.date, f"第{p.page}版" if p.page else None) if x)
    parts = [f"# {head or p.source or 'page'}"]
    parts += [article_markdown(a) for a in p.articles]
    if p.furniture:
        parts.append("---\n\n" + "\n".join(f"- {f}" for f in p.furniture))
    if p.unassigned:
        parts.append("**unassigned**\n\n" + "\n".join(f"- {u}" for u in p.unassigned))
    return "\n\n".join(parts) + "\n"


def page_json(p: Page, indent: int | None = 2) -> str:
    return json.dumps(p.to_dict(), ensure_ascii=False, indent=indent)


@contextmanager
def atomic_output(path: str | Path | None) -> Iterator[IO[str]]:
    """Write to ``path`` through a temporary file renamed on success, so a failure leaves nothing half-written.

    ``None`` or ``-`` means standard output.
    """
    if path is None or str(path) == "-":
        import sys

        yield sys.stdout
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs get the user's usual mode
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
