"""Score enrichment against a hand-made gold list (``tests/fixtures/seed_people.json``).

Persons are scored as a set of names per page; a person's role is right when the longest role found for
that name (over all its mentions) equals the printed role, spaces aside.  Places and organisations are
scored as sets of normalised names.
"""

from __future__ import annotations

from typing import Any

from banmian.enrich.people import normalise


def prf(pred: set[str], gold: set[str]) -> dict[str, Any]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "false_positives": sorted(pred - gold),
        "missed": sorted(gold - pred),
    }


def score_page(entity_lists: list[list[dict[str, Any]]], gold: dict[str, Any]) -> dict[str, Any]:
    ents = [e for lst in entity_lists for e in lst]
    roles: dict[str, str | None] = {}
    for e in ents:
        if e["type"] == "person":
            name = normalise(e["text"])
            r = e.get("role")
            if name not in roles or (r and len(r) > len(roles[name] or "")):
                roles[name] = r
    gold_persons = {normalise(p["name"]): p.get("role") for p in gold["persons"]}
    persons = prf(set(roles), set(gold_persons))
    with_role = [n for n, r in gold_persons.items() if r]
    right = [n for n in with_role if n in roles and normalise(roles[n] or "") == normalise(gold_persons[n])]
    wrong = {n: roles.get(n) for n in with_role if n not in right}
    out = {
        "persons": persons,
        "roles": {
            "accuracy": round(len(right) / len(with_role), 3) if with_role else 0.0,
            "right": len(right),
            "of": len(with_role),
            "wrong": wrong,
        },
    }
    for kind, key in (("place", "places"), ("organization", "organizations")):
        pred = {normalise(e["text"]) for e in ents if e["type"] == kind}
        out[key] = prf(pred, {normalise(x) for x in gold[key]})
    return out
