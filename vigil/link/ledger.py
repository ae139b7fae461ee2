"""Claims across reports: every figure from every report of one canonical event, by claimant.

Nothing is averaged and no claimant is preferred. Per kind of figure (killed, injured, arrested,
...), the ledger lists each claimant with the figures it gave and the reports that carry them,
the conservative figure (ACLED's rule: the lowest figure any claimant gives), the range from the
lowest to the highest, and ``disputed`` when two claimants' figures cannot both be true (their
intervals do not meet: "2 dead" against "9 dead", but not "at least 2" against "9"). Reports
that deny the event are listed by claimant under ``denials``.
"""
from __future__ import annotations

from typing import Optional

OPEN = 10 ** 9                 # "at least 5": the interval [5, OPEN)
FIELD_OF = {"killed": "fatalities", "executed": "fatalities", "injured": "injured",
            "arrested": "arrested", "detained": "arrested"}


def interval(c) -> Optional[tuple]:
    """The values a claim allows: exact, at least, more than, up to, about (within a fifth), a range."""
    if c.low is not None and c.high is not None:
        return c.low, c.high
    if c.value is None:
        return None
    v, q = c.value, (c.qualifier or "").casefold()
    if q in ("at least", "more than", "over"):
        return v + (q != "at least"), OPEN
    if q in ("up to", "as many as", "fewer than"):
        return 0, v
    if q in ("about", "around", "nearly", "some"):
        return int(v * 0.8), int(v * 1.2 + 0.999)
    return v, v


def _low(c) -> Optional[int]:
    return c.low if c.low is not None else c.value


def ledger(members: list) -> dict:
    """The claims ledger of a canonical event's mentions (see the module docstring)."""
    kinds: dict = {}
    denials: dict = {}
    for m in sorted(members, key=lambda m: m.order):
        if m.status == "negated":
            who = _denier(m)
            denials.setdefault(who, []).append({"article_id": m.article_id, "event_id": m.event_id,
                                                "outlet": m.outlet})
            continue
        for c in m.claims:
            if _low(c) is None:
                continue
            per = kinds.setdefault(c.kind, {})
            entry = per.setdefault(c.claimant, {"claimant": c.claimant, "claimant_type": c.claimant_type, "figures": []})
            entry["figures"].append({"value": c.value, "low": c.low, "high": c.high, "qualifier": c.qualifier,
                                     "claim_id": c.id, "article_id": m.article_id, "outlet": m.outlet})
    out = {kind: _summarise(list(per.values())) for kind, per in kinds.items()}
    if denials:
        out["denials"] = [{"claimant": who, "reports": reports} for who, reports in denials.items()]
    return out


def _denier(m) -> str:
    names = {c.claimant for c in m.claims}
    return next(iter(names)) if len(names) == 1 else (m.outlet or m.article_id)


def _summarise(claimants: list) -> dict:
    lows = [_low(_F(f)) for e in claimants for f in e["figures"]]
    highs = [f["high"] if f["high"] is not None else f["value"] for e in claimants for f in e["figures"]]
    spans = [_span(e["figures"]) for e in claimants]
    disputed = any(a[1] < b[0] or b[1] < a[0] for i, a in enumerate(spans) for b in spans[i + 1:])
    return {"conservative": min(lows), "range": [min(lows), max(h for h in highs if h is not None)],
            "disputed": disputed, "by_claimant": claimants}


class _F:
    def __init__(self, f: dict):
        self.value, self.low, self.high, self.qualifier = f["value"], f["low"], f["high"], f["qualifier"]


def _span(figures: list) -> tuple:
    """What one claimant allows across its figures (the loosest of its own statements)."""
    ivs = [interval(_F(f)) for f in figures]
    ivs = [iv for iv in ivs if iv]
    return min(iv[0] for iv in ivs), max(iv[1] for iv in ivs)


def conservative(ledger_: dict, field: str) -> Optional[int]:
    """The conservative figure for an event field (fatalities, injured, arrested) from the ledger."""
    values = [entry["conservative"] for kind, entry in ledger_.items() if FIELD_OF.get(kind) == field]
    return min(values) if values else None
