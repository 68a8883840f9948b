"""Enrich articles: tag every text once, settle who is a person page-wide, then list the entities."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from banmian.enrich.amounts import extract_amounts
from banmian.enrich.dates import extract_dates
from banmian.enrich.keywords import article_terms, top_keywords
from banmian.enrich.model import Lac, Token, get_tagger
from banmian.enrich.people import find_entities, merge_dotted_names, settle_names
from banmian.model import Article, Block, Page
from banmian.reconstruct.script import character_table, has_traditional

HEAD_FIELDS = ("kicker", "title", "subtitle", "byline")
NOUNISH = {"n", "nz", "nw", "vn", "an", "ORG", "LOC", "PER", "s"}
_CLAUSE_END = set("，。；：！？、“”\n")


@dataclass
class _Text:
    paragraph: int | None
    field: str | None
    text: str
    tokens: list[Token]


def _tag(tagger: Lac, text: str) -> list[Token]:
    return merge_dotted_names(tagger.tag(text))


def _texts(article: Article, tagger: Lac) -> list[_Text]:
    out = [
        _Text(None, f, getattr(article, f), _tag(tagger, getattr(article, f)))
        for f in HEAD_FIELDS
        if getattr(article, f)
    ]
    out += [_Text(i, None, b.text, _tag(tagger, b.text)) for i, b in enumerate(article.body)]
    return out


def _about(tokens: list[Token], start: int, end: int) -> str | None:
    """The noun phrase an amount describes: the nouns right after it (10亿元战略投资), else the nearest before
    it in the same clause (总投资额约2.84亿元)."""
    after: list[str] = []
    for word, tag, a, _b in tokens:
        if a < end:
            continue
        if word == "的" and not after:
            continue
        if tag in NOUNISH:
            after.append(word)
            continue
        break
    if after:
        return "".join(after)
    before: list[str] = []
    skipped = 0
    for word, tag, _a, b in reversed(tokens):
        if b > start:
            continue
        if word in _CLAUSE_END or (tag == "w" and not word.isspace()):
            break
        if tag in NOUNISH:
            before.append(word)
        elif before or skipped >= 3:
            break
        else:
            skipped += 1  # 在/约/达/实现: verbs and prepositions between the noun and the number
    return "".join(reversed(before)) or None


def _entities(texts: list[_Text], persons: set[str], issue_date: str | None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for t in texts:
        found = find_entities(t.text, t.tokens, persons)
        for d in extract_dates(t.text, issue_date):
            found.append(d)
        taken_dates = [(d["start"], d["end"]) for d in found if d["type"] == "date"]
        for amt in extract_amounts(t.text):
            if any(amt["start"] < y and x < amt["end"] for x, y in taken_dates):
                continue
            about = _about(t.tokens, amt["start"], amt["end"])
            if about:
                amt["about"] = about
            found.append(amt)
        for e in found:
            e["paragraph"] = t.paragraph
            if t.field:
                e["field"] = t.field
        found.sort(key=lambda e: (e["start"], e["end"]))
        out += [_ordered(e) for e in found]
    return out


def _ordered(e: dict[str, Any]) -> dict[str, Any]:
    """Same keys in a readable order: type, text, paragraph, start, end, then the rest."""
    head = {k: e[k] for k in ("type", "text", "paragraph", "start", "end") if k in e}
    return {**head, **{k: v for k, v in e.items() if k not in head}}


def _names(all_texts: list[list[_Text]]) -> set[str]:
    return settle_names([t.tokens for texts in all_texts for t in texts])


def enrich_articles(
    articles: list[Article],
    issue_date: str | None = None,
    *,
    doc_freq: Mapping[str, int] | None = None,
    n_docs: int | None = None,
    keywords: int = 8,
    tagger: Any = None,
) -> list[list[dict[str, Any]]]:
    """Entities of several articles analysed together (a page, or one issue): a name tagged as a person in
    one is a person in all.  ``doc_freq``/``n_docs`` are keyword document frequencies over an archive;
    without them these articles are the collection.  ``tagger`` (anything with ``tag(text) -> tokens``)
    defaults to the process-wide LAC model.  Returns one entity list per article."""
    tagger = tagger or get_tagger()
    own = articles
    articles = [_folded(a) for a in articles]
    all_texts = [_texts(a, tagger) for a in articles]
    persons = _names(all_texts)
    terms = [article_terms(tok for t in texts for tok in t.tokens) for texts in all_texts]
    if doc_freq is None:
        df: Counter[str] = Counter()
        for c in terms:
            df.update(c.keys())
        doc_freq, n_docs = df, len(terms)
    elif hasattr(doc_freq, "prefetch"):  # a lookup over an archive: ask for every term at once
        doc_freq.prefetch({w for c in terms for w in c})
    result = []
    for texts, c in zip(all_texts, terms, strict=True):
        ents = _entities(texts, persons, issue_date)
        if keywords:
            ents += [
                {"type": "keyword", "text": w, "score": s} for w, s in top_keywords(c, doc_freq, n_docs or 1, keywords)
            ]
        result.append(ents)
    for a, folded, ents in zip(own, articles, result, strict=True):
        if folded is not a:
            _own_characters(a, folded, ents)
    return result


def _folded(article: Article) -> Article:
    """``article`` with its traditional characters simplified, one for one (``character_table``): LAC and the role and
    title patterns read simplified text.  The article itself when it is in simplified characters."""
    if not has_traditional("".join(_all_text(article))):
        return article  # (a simplified article: 乾隆 stays 乾隆, not 干隆)
    table = character_table()
    heads = {f: getattr(article, f).translate(table) if getattr(article, f) else None for f in HEAD_FIELDS}
    return Article(**heads, body=[Block(b.type, b.text.translate(table)) for b in article.body])


def _own_characters(article: Article, folded: Article, ents: list[dict[str, Any]]) -> None:
    """Entities found in the folded copy of ``article`` get the article's own characters: an entity's text is the
    article's at its offsets; a role, title, unit or keyword is taken where it stands in the copy (its own text if
    it is not there).  The ``key`` stays folded: 習近平 and 习近平 are one person."""

    def texts(e: dict[str, Any]) -> tuple[str, str]:
        if e.get("field"):
            return getattr(article, e["field"]) or "", getattr(folded, e["field"]) or ""
        if e.get("paragraph") is not None:
            return article.body[e["paragraph"]].text, folded.body[e["paragraph"]].text
        return "", ""

    whole = [(t, f) for t, f in zip(_all_text(article), _all_text(folded), strict=True)]

    def back(word: str, own: str, copy: str) -> str:
        for o, c in ((own, copy), *whole):
            if (i := c.find(word)) >= 0:
                return o[i : i + len(word)]
        return word

    for e in ents:
        own, copy = texts(e)
        if "start" in e and own:
            e["text"] = own[e["start"] : e["end"]]
        elif e.get("type") == "keyword":
            e["text"] = back(e["text"], own, copy)
        for k in ("role", "unit", "about"):
            if isinstance(e.get(k), str):
                e[k] = back(e[k], own, copy)
        if isinstance(e.get("titles"), list):
            e["titles"] = [back(t, own, copy) for t in e["titles"]]


def _all_text(article: Article) -> list[str]:
    return [getattr(article, f) or "" for f in HEAD_FIELDS] + [b.text for b in article.body]


def enrich_article(
    article: Article,
    issue_date: str | None = None,
    *,
    doc_freq: Mapping[str, int] | None = None,
    n_docs: int | None = None,
) -> list[dict[str, Any]]:
    """Entities of one article (the archive's entry point).  Does not modify ``article``."""
    return enrich_articles([article], issue_date, doc_freq=doc_freq, n_docs=n_docs)[0]


def enrich_page(page: Page, *, issue_date: str | None = None) -> None:
    """Set ``article.entities`` on every article of ``page``; ``issue_date`` defaults to ``page.date``.

    Raises ``banmian.enrich.MissingExtra`` when the ``banmian[nlp]`` extra is not installed.
    """
    lists = enrich_articles(page.articles, issue_date or page.date)
    for art, ents in zip(page.articles, lists, strict=True):
        art.entities = ents
