"""The one data model every stage shares: Line → Block → Article → Page.

Sources produce ``Line`` objects (text plus, when the source has it, geometry);
``reconstruct`` turns lines into a ``Page`` of ``Article`` objects; later stages
(enrich, archive, web, batch) read and extend the same objects.  ``to_dict`` gives
the public JSON contract described in ``schema/page.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Line:
    """One printed line, as a source read it.

    A blank line (``text == ""``) is kept: text extractors emit one at a paragraph
    end *or* at a column jump, and the reflow stage decides which.  Geometry is
    ``None`` for plain text input; the PDF and OCR readers fill it in.
    """

    text: str
    page: int = 1
    bbox: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1 in PDF points, y down
    size: float | None = None  # font size in points
    bold: bool = False
    font: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def with_text(self, text: str) -> Line:
        """The same line (its place, size, weight) with other text."""
        return Line(text, self.page, self.bbox, self.size, self.bold, self.font)


@dataclass(slots=True)
class Block:
    """A body element of an article: a reflowed paragraph or a subhead."""

    type: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text}


@dataclass(slots=True)
class Region:
    page: int
    bbox: tuple[float, float, float, float]

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "bbox": [round(v, 2) for v in self.bbox]}


@dataclass(slots=True)
class Continuation:
    """A continuation marker such as ``（下转第五版）``: the page it points to and the text as printed."""

    page: int | None
    text: str
    article: str | None = None  # id of the linked article, when the other page was parsed in the same run

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"page": self.page, "text": self.text}
        if self.article:
            d["article"] = self.article
        return d


@dataclass
class Article:
    id: str = ""
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    column: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    continues_to: Continuation | None = None
    continued_from: Continuation | None = None
    region: list[Region] = field(default_factory=list)
    entities: list[dict[str, Any]] | None = None

    def text_fields(self) -> list[str]:
        """Every string this article holds that came from the page (authors are derived, not counted)."""
        out = [s for s in (self.column, self.kicker, self.title, self.subtitle, self.byline) if s]
        out += [b.text for b in self.body]
        out += self.captions
        out += [c.text for c in (self.continued_from, self.continues_to) if c]
        return out

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "column": self.column,
            "byline": self.byline,
            "authors": list(self.authors),
            "body": [b.to_dict() for b in self.body],
            "captions": list(self.captions),
            "continues_to": self.continues_to.to_dict() if self.continues_to else None,
            "continued_from": self.continued_from.to_dict() if self.continued_from else None,
        }
        if self.region:
            d["region"] = [r.to_dict() for r in self.region]
        if self.entities is not None:
            d["entities"] = self.entities
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        def cont(c: Any) -> Continuation | None:
            return Continuation(c.get("page"), c.get("text", ""), c.get("article")) if c else None

        return cls(
            id=d.get("id") or "",
            kicker=d.get("kicker"),
            title=d.get("title"),
            subtitle=d.get("subtitle"),
            column=d.get("column"),
            byline=d.get("byline"),
            authors=list(d.get("authors") or []),
            body=[Block(b["type"], b["text"]) for b in d.get("body") or []],
            captions=list(d.get("captions") or []),
            continues_to=cont(d.get("continues_to")),
            continued_from=cont(d.get("continued_from")),
            region=[Region(r["page"], tuple(r["bbox"])) for r in d.get("region") or []],
            entities=d.get("entities"),
        )


@dataclass
class Page:
    """One newspaper page (版面): its articles, its furniture and anything left unassigned."""

    articles: list[Article] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    unassigned: list[str] = field(default_factory=list)
    source: str | None = None
    newspaper: str | None = None
    date: str | None = None  # ISO date
    page: int | None = None

    def text_fields(self) -> list[str]:
        out = [s for a in self.articles for s in a.text_fields()]
        return out + self.furniture + self.unassigned

    def translate(self, table: dict[int, str]) -> None:
        """Every string the page holds from its text through ``str.translate(table)``, in place (the parser reads some
        pages through a copy, ``banmian.reconstruct``: this gives the output the page's own characters back)."""
        for a in self.articles:
            a.kicker, a.title, a.subtitle, a.column, a.byline = (
                s.translate(table) if s else s for s in (a.kicker, a.title, a.subtitle, a.column, a.byline)
            )
            a.authors = [s.translate(table) for s in a.authors]
            for b in a.body:
                b.text = b.text.translate(table)
            a.captions = [s.translate(table) for s in a.captions]
            for c in (a.continued_from, a.continues_to):
                if c:
                    c.text = c.text.translate(table)
        self.furniture = [s.translate(table) for s in self.furniture]
        self.unassigned = [s.translate(table) for s in self.unassigned]
        self.newspaper = self.newspaper.translate(table) if self.newspaper else self.newspaper

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "newspaper": self.newspaper,
            "date": self.date,
            "page": self.page,
            "articles": [a.to_dict() for a in self.articles],
            "furniture": list(self.furniture),
            "unassigned": list(self.unassigned),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Page:
        return cls(
            articles=[Article.from_dict(a) for a in d.get("articles") or []],
            furniture=list(d.get("furniture") or []),
            unassigned=list(d.get("unassigned") or []),
            source=d.get("source"),
            newspaper=d.get("newspaper"),
            date=d.get("date"),
            page=d.get("page"),
        )
