"""One event's evidence, ready to show: the detail record and the report text cut into highlighted pieces.

Nothing here builds HTML: the template escapes every piece of report text (Jinja2 autoescape).
"""
from __future__ import annotations

from typing import Optional

FIELDS = ("sub_event_type", "actor1", "actor2", "location", "date", "fatalities", "injured", "arrested")
PRIVATE = "(private person)"


def segments(text: str, spans: list) -> list:
    """``text`` cut at every span boundary: a list of {text, kinds, labels, start} pieces, where
    ``kinds`` are the kinds of span covering the piece and ``labels`` the spans that start there."""
    cuts = {0, len(text)}
    for s in spans:
        start, end = max(0, min(s["start"], len(text))), max(0, min(s["end"], len(text)))
        if start < end:
            cuts.update((start, end))
    cuts = sorted(cuts)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s["start"] <= a and s["end"] >= b]
        out.append({"text": text[a:b], "start": a, "kinds": sorted({s["kind"] for s in covering}),
                    "labels": [s["label"] for s in spans if s["start"] == a and s.get("label")]})
    return out


def private_names(claims: list) -> set:
    """Names typed as individuals by the claims (the people a viewer not signed in does not see)."""
    return {c["claimant"]["name"] for c in claims if (c.get("claimant") or {}).get("type") == "individual"
            and c["claimant"].get("name")}


def detail(store, event_id: str, hide_private: bool) -> Optional[dict]:
    """Everything the event page and ``/api/events/{id}`` show; None for an unknown event."""
    event = store.event(event_id)
    if event is None:
        return None
    art = store.article(event["article_id"])
    record = art.pop("record")
    machine = next((e for e in record["events"] if e["id"] == event_id), {})
    claim_ids, quote_ids = set(machine.get("claim_ids") or ()), set(machine.get("quote_ids") or ())
    claims = [c for c in record["claims"] if c["id"] in claim_ids or c.get("event_id") == event_id]
    quotes = [q for q in record["quotes"] if q["id"] in quote_ids or q.get("event_id") == event_id]
    other_claims = [c for c in record["claims"] if c not in claims]
    other_quotes = [q for q in record["quotes"] if q not in quotes]
    if hide_private:
        hidden = private_names(record["claims"])
        organisations = {(c["claimant"] or {}).get("name") for c in record["claims"]
                         if (c.get("claimant") or {}).get("type") not in (None, "individual", "unattributed")}
        for c in claims + other_claims:
            if c["claimant"].get("type") == "individual":
                c["claimant"] = {**c["claimant"], "name": PRIVATE, "canonical": None}
        for q in quotes + other_quotes:
            who = q.get("speaker") or {}
            if who.get("name") and (who["name"] in hidden or who["name"] not in organisations):
                q["speaker"] = {"name": PRIVATE, "canonical": None}
    spans = [{**s, "kind": "event", "label": None} for s in machine.get("evidence") or ()]
    for field in FIELDS:
        s = (machine.get("field_evidence") or {}).get(field)
        if s:
            spans.append({**s, "kind": "field", "label": field.replace("_", " ")})
    for c in claims:
        spans += [{**s, "kind": "claim", "label": None} for s in c.get("evidence") or ()]
    for q in quotes:
        spans += [{**s, "kind": "quote", "label": None} for s in q.get("evidence") or ()]
    text = art.pop("text")
    return {"event": event, "machine": {k: machine.get(k) for k in ("event_type", "sub_event_type", "status", "date",
                                                                     "fatalities", "injured", "arrested", "actor1",
                                                                     "actor2", "location")},
            "article": art, "text": text, "segments": segments(text, spans),
            "field_evidence": {f: _quote(text, (machine.get("field_evidence") or {}).get(f)) for f in FIELDS},
            "evidence": [{**s, "text": text[s["start"]:s["end"]]} for s in machine.get("evidence") or ()],
            "claims": claims, "other_claims": other_claims, "quotes": quotes, "other_quotes": other_quotes,
            "linked": store.cluster(event_id), "history": store.history(event_id)}


def _quote(text: str, span: Optional[dict]) -> Optional[dict]:
    return None if not span else {**span, "text": text[span["start"]:span["end"]]}
