"""`vigil eval acled`: measure the event coder against an ACLED export.

ACLED's events are coded by hand from the same kind of notes Vigil reads, so an export is a
ready-made test set: each event's notes go in as one document (published three days after the
event, with the country as a hint), and Vigil's main event (its most confident reported one) is
compared with ACLED's codes.

Metrics, each over the events where it applies:

- event type and sub-event type: accuracy and macro-F1 (macro over the labels that occur in the
  gold codes or the predictions, so a label predicted only wrongly counts as a zero);
- actor types: the unordered pair of ACLED ``inter`` codes of actor1 and actor2;
- location: share within 25 km of ACLED's point, on events ACLED located to the town
  (geo_precision 1); admin1 name, compared without case or accents;
- date: exact day, on events ACLED dated to the day (time_precision 1);
- fatalities: exact match overall, on the events with deaths, and the F1 of "anyone died", leaving
  out notes whose toll ACLED divided between events ("split", "coded as", "spread across");
- no event: share of notes where Vigil found none.

No data ships with Vigil: point ``--data`` at an export you are allowed to use.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
import unicodedata
from typing import Iterable, Optional

from .errors import EvalError

REQUIRED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "notes")
SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]\s*$")
DIVIDED = re.compile(r"\bsplit\b|coded as|\bspread (?:across|between|among|over)\b", re.I)
INTER_WORDS = {"state forces": 1, "rebel group": 2, "rebel groups": 2, "political militia": 3, "political militias": 3,
               "identity militia": 4, "identity militias": 4, "rioters": 5, "protesters": 6, "civilians": 7,
               "external/other forces": 8, "external/other": 8}


def _date(s: str) -> Optional[dt.date]:
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%b-%y", "%d-%B-%Y", "%d-%b-%Y", "%m/%d/%Y"):
        try:
            return dt.datetime.strptime((s or "").strip(), fmt).date()
        except ValueError:
            pass
    return None


def _inter(v) -> Optional[int]:
    v = (v or "").strip()
    if v.isdecimal():
        return int(v) or None
    return INTER_WORDS.get(v.lower())


def _float(v) -> Optional[float]:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _country(row) -> Optional[str]:
    """ISO alpha-2 from the export's numeric ``iso`` column (or its country name)."""
    import pycountry
    code = (row.get("iso") or "").strip()
    hit = None
    if code.isdecimal() and int(code):
        hit = pycountry.countries.get(numeric=f"{int(code):03d}")
    if hit is None and row.get("country"):
        try:
            hit = pycountry.countries.lookup(row["country"].strip())
        except LookupError:
            hit = None
    return hit.alpha_2 if hit else None


def load(path: str, limit: Optional[int] = None) -> list:
    """The export's events, one per event_id_cnty (newer exports repeat an event per actor)."""
    try:
        f = open(path, newline="", encoding="utf-8-sig")
    except OSError as e:
        raise EvalError(f"cannot read {path}: {e.strerror or e}") from None
    with f:
        reader = csv.DictReader(f)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise EvalError(f"{path} is not an ACLED export: no column {', '.join(missing)}")
        groups: dict = {}
        for n, row in enumerate(reader, 2):
            if (row.get("notes") or "").strip():
                groups.setdefault(row.get("event_id_cnty") or f"row-{n}", []).append(row)
    events = []
    for eid, rows in groups.items():
        r = rows[0]
        day = _date(r["event_date"])
        if day is None:
            continue
        if "inter2" in r:
            inters = [_inter(r.get("inter1")), _inter(r.get("inter2"))]
        else:
            inters = [_inter(x.get("inter1")) for x in rows]
        doc = {"id": eid, "text": SIZE_TAG.sub("", r["notes"].strip()),
               "published": (day + dt.timedelta(days=3)).isoformat()}
        cc = _country(r)
        if cc:
            doc["country"] = cc
        events.append({"doc": doc, "date": day.isoformat(), "type": r["event_type"], "sub": r["sub_event_type"],
                       "inters": tuple(sorted(i for i in inters if i)), "admin1": r.get("admin1") or "",
                       "lat": _float(r.get("latitude")), "lon": _float(r.get("longitude")),
                       "geo_precision": _float(r.get("geo_precision")),
                       "time_precision": _float(r.get("time_precision")),
                       "fatalities": int(_float(r.get("fatalities")) or 0), "divided": bool(DIVIDED.search(r["notes"]))})
        if limit is not None and len(events) >= limit:
            break
    return events


def main_event(record: dict) -> Optional[dict]:
    """The record's main event: its most confident reported event, else its first event."""
    events = record.get("events") or []
    reported = [e for e in events if e.get("status") == "reported"]
    if reported:
        return max(reported, key=lambda e: e.get("confidence") or 0)
    return events[0] if events else None


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())


def classification(gold: list, pred: list) -> dict:
    labels = sorted(set(gold) | {p for p in pred if p is not None})
    f1 = {}
    for lab in labels:
        tp = sum(g == lab == p for g, p in zip(gold, pred))
        fp = sum(p == lab != g for g, p in zip(gold, pred))
        fn = sum(g == lab != p for g, p in zip(gold, pred))
        f1[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"accuracy": _share(g == p for g, p in zip(gold, pred)),
            "macro_f1": sum(f1.values()) / len(f1) if f1 else None, "f1": f1}


def _share(hits: Iterable[bool]) -> Optional[float]:
    hits = list(hits)
    return sum(hits) / len(hits) if hits else None


def _km(a, b) -> float:
    from .link import km
    return km(a[0], a[1], b[0], b[1])


def score(events: list, records: list) -> dict:
    """All metrics for gold ``events`` and the matching output ``records`` (dicts, same order)."""
    mains = [main_event(r) if r else None for r in records]
    types = classification([e["type"] for e in events], [(m or {}).get("event_type") for m in mains])
    subs = classification([e["sub"] for e in events], [(m or {}).get("sub_event_type") for m in mains])
    actors, near, admin1, days, fat = [], [], [], [], []
    for e, m in zip(events, mains):
        m = m or {}
        got = tuple(sorted(a["inter"] for a in (m.get("actor1"), m.get("actor2")) if a and a.get("inter")))
        actors.append(got == e["inters"])
        loc = m.get("location") or {}
        if e["geo_precision"] == 1 and e["lat"] is not None and e["lon"] is not None:
            here = (loc.get("latitude"), loc.get("longitude"))
            near.append(None not in here and _km(here, (e["lat"], e["lon"])) <= 25)
        admin1.append(bool(loc.get("admin1")) and _fold(loc["admin1"]) == _fold(e["admin1"]))
        if e["time_precision"] == 1:
            days.append(m.get("date") == e["date"])
        if not e["divided"]:
            fat.append((e["fatalities"], m.get("fatalities") or 0))
    deadly = [(g, p) for g, p in fat if g > 0]
    tp = sum(g > 0 and p > 0 for g, p in fat)
    wrong = sum((g > 0) != (p > 0) for g, p in fat)
    return {"events": len(events), "no_event": _share(m is None for m in mains),
            "event_type": {k: types[k] for k in ("accuracy", "macro_f1")},
            "sub_event_type": {k: subs[k] for k in ("accuracy", "macro_f1")}, "sub_event_type_f1": subs["f1"],
            "actor_pair": _share(actors), "location_25km": _share(near), "located_events": len(near),
            "admin1": _share(admin1), "date_exact": _share(days),
            "fatalities": {"exact": _share(g == p for g, p in fat), "exact_with_deaths": _share(g == p for g, p in deadly),
                           "any_death_f1": 2 * tp / (2 * tp + wrong) if tp + wrong else None, "n": len(fat)}}


def evaluate(path: str, pipeline, limit: Optional[int] = None, progress=None) -> dict:
    """Run ``pipeline`` over the export's notes and score its main events."""
    from .read import from_json
    events = load(path, limit)
    if not events:
        raise EvalError(f"{path} holds no event with notes and a readable date")
    raws = [from_json(e["doc"], f"{path}#{e['doc']['id']}") for e in events]
    records = [rec.to_dict() for rec in pipeline.run(raws, progress)]   # one per document, in input order
    return {**score(events, records), "failed": failures(records)}


def _f(x) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def failures(records: list) -> list:
    """The error messages of the documents that could not be processed (a record with ``errors``): a score
    over them would silently count an extractor's crash as events not found."""
    return [msg for r in records if r for msg in r.get("errors") or ()]


def report_failures(m: dict) -> list:
    """Report lines naming the failed documents, none when all were processed."""
    failed = m.get("failed") or []
    return [f"FAILED documents      {len(failed)} (scored as finding nothing); first: {failed[0]}"] if failed else []


def report(m: dict) -> str:
    fat = m["fatalities"]
    lines = [f"events                {m['events']}  (no event found: {_f(m['no_event'])})",
             f"event_type            acc {_f(m['event_type']['accuracy'])}  macro-F1 {_f(m['event_type']['macro_f1'])}",
             f"sub_event_type        acc {_f(m['sub_event_type']['accuracy'])}  macro-F1 {_f(m['sub_event_type']['macro_f1'])}",
             f"actor type pair       acc {_f(m['actor_pair'])}",
             f"location              within 25 km {_f(m['location_25km'])} of {m['located_events']} town-level events;"
             f"  admin1 {_f(m['admin1'])}",
             f"date                  exact {_f(m['date_exact'])}",
             f"fatalities            exact {_f(fat['exact'])}  with deaths {_f(fat['exact_with_deaths'])}"
             f"  any-death F1 {_f(fat['any_death_f1'])}  (n={fat['n']})",
             "sub_event_type F1 by label:"]
    lines += [f"  {v:.2f}  {k}" for k, v in sorted(m["sub_event_type_f1"].items(), key=lambda kv: kv[1])]
    return "\n".join(report_failures(m) + lines)


def to_json(m: dict) -> str:
    return json.dumps(m, indent=1, sort_keys=True, default=lambda x: None if isinstance(x, float) and math.isnan(x) else x)


def load_snippets(path: str) -> list:
    """Labelled snippets (the corpus/golden JSONL schema): text, sub_event_type or null, status,
    actor1_inter, actor2_inter, fatalities."""
    try:
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
    except (OSError, json.JSONDecodeError) as e:
        raise EvalError(f"{path}: {e}") from None
    if not rows or not all(isinstance(r.get("text"), str) and "sub_event_type" in r for r in rows):
        raise EvalError(f"{path}: not a labelled snippet file (each line needs text and sub_event_type)")
    return rows


def score_snippets(rows: list, records: list) -> dict:
    """Event detection (a reported event, or none), sub-type and type of the main event, status,
    actor pair and fatalities, against the snippets' labels."""
    from .extract import taxonomy
    gold_ev = [r["sub_event_type"] is not None and (r.get("status") or "reported") == "reported" for r in rows]
    mains = [main_event(rec) if rec else None for rec in records]
    pred_ev = [m is not None and m.get("status") == "reported" for m in mains]
    tp = sum(g and p for g, p in zip(gold_ev, pred_ev))
    prec, rec_ = _share(g for g, p in zip(gold_ev, pred_ev) if p), _share(p for g, p in zip(gold_ev, pred_ev) if g)
    on = [(r, m) for r, m, g, p in zip(rows, mains, gold_ev, pred_ev) if g and p]
    subs = classification([r["sub_event_type"] for r, _ in on], [m["sub_event_type"] for _, m in on])
    nonev = [p for r, p in zip(rows, pred_ev) if r["sub_event_type"] is None]
    other = [(r, m) for r, m in zip(rows, mains) if r["sub_event_type"] is not None and r.get("status") not in (None, "reported")]
    pair = lambda m: tuple(sorted(a["inter"] for a in (m.get("actor1"), m.get("actor2")) if a and a.get("inter")))
    gpair = lambda r: tuple(sorted(x for x in (r.get("actor1_inter"), r.get("actor2_inter")) if x))
    return {"snippets": len(rows), "events": sum(gold_ev), "non_events": len(nonev),
            "detection": {"precision": prec, "recall": rec_, "f1": 2 * tp / (sum(gold_ev) + sum(pred_ev)) if tp else 0.0},
            "non_events_coded": _share(nonev),
            "event_type": _share(taxonomy.event_type(r["sub_event_type"]) == m["event_type"] for r, m in on),
            "sub_event_type": {k: subs[k] for k in ("accuracy", "macro_f1")},
            "status_not_reported": _share(not (m and m.get("status") == "reported") for _, m in other),
            "actor_pair": _share(pair(m) == gpair(r) for r, m in on),
            "fatalities": _share((m.get("fatalities") or 0) == (r.get("fatalities") or 0) for r, m in on
                                 if r.get("fatalities") is not None),
            "reliability": reliability([(m.get("confidence") or 0.0,
                                         g and m["sub_event_type"] == r["sub_event_type"])
                                        for r, m, g, p in zip(rows, mains, gold_ev, pred_ev) if p])}


RELIABILITY_BINS = (0.0, 0.5, 0.7, 0.85, 1.0)


def reliability(pairs: list, bins: tuple = RELIABILITY_BINS) -> list:
    """The reliability curve of the coder's confidence: for each confidence bin, how many reported
    events fell in it, their mean confidence and the share that were right (a reported event of the
    gold sub-type). A calibrated coder's share right is close to its mean confidence in every bin."""
    out = []
    for lo, hi in zip(bins, bins[1:]):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (hi == bins[-1] and c == hi)]
        out.append({"low": lo, "high": hi, "n": len(inside),
                    "confidence": sum(c for c, _ in inside) / len(inside) if inside else None,
                    "right": _share(ok for _, ok in inside)})
    return out


def evaluate_snippets(path: str, pipeline, progress=None) -> dict:
    from .read import from_json
    rows = load_snippets(path)
    raws = [from_json({"id": r.get("id") or str(k), "text": r["text"], "published": r.get("published")},
                      f"{path}:{k + 1}") for k, r in enumerate(rows)]
    records = [rec.to_dict() for rec in pipeline.run(raws, progress)]
    return {**score_snippets(rows, records), "failed": failures(records)}


def report_snippets(m: dict) -> str:
    d = m["detection"]
    return "\n".join(report_failures(m) + [
        f"snippets              {m['snippets']}  ({m['events']} reported events, {m['non_events']} non-events)",
        f"event detection       P {_f(d['precision'])}  R {_f(d['recall'])}  F1 {_f(d['f1'])}",
        f"non-events coded      {_f(m['non_events_coded'])}",
        f"event_type            acc {_f(m['event_type'])}",
        f"sub_event_type        acc {_f(m['sub_event_type']['accuracy'])}  macro-F1 {_f(m['sub_event_type']['macro_f1'])}",
        f"not reported (status) {_f(m['status_not_reported'])}  (planned/negated/historical coded as no reported event)",
        f"actor type pair       acc {_f(m['actor_pair'])}",
        f"fatalities            exact {_f(m['fatalities'])}",
        "reliability           confidence bin: events, mean confidence, share right (a reported event of the gold sub-type)"]
        + [f"  {b['low']:.2f}-{b['high']:.2f}         {b['n']:4d}  {_f(b['confidence'])}  {_f(b['right'])}"
           for b in m.get("reliability", ())])


# Full articles: the gold is a set of events per report, scored as sets.
GENERIC_PLACE = re.compile(r"\b(?:district|region|province|state|county|township|governorate|area|forest|oil field|"
                           r"front|road|city|town|village|municipality|department|the)\b")
ROLES = ("actor1", "actor2")


def load_articles(folder: str) -> list:
    """Full-article golden reports: one JSON file each with id, text, published and a list of
    gold events (event_type, sub_event_type, status, date, place, country, actor1/2 with inter
    codes, fatalities)."""
    import glob
    import os
    paths = sorted(glob.glob(os.path.join(folder, "*.json")))
    docs = []
    for p in paths:
        try:
            with open(p, encoding="utf-8") as f:
                d = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            raise EvalError(f"{p}: {e}") from None
        if not isinstance(d, dict) or not isinstance(d.get("text"), str) or not isinstance(d.get("events"), list):
            raise EvalError(f"{p}: not a golden article (needs text and a list of events)")
        docs.append(d)
    if not docs:
        raise EvalError(f"{folder}: no golden article (*.json) there")
    return docs


def _place_names(gold: str) -> set:
    """The gold place as comparable names: folded, generic words ("district", "forest area")
    dropped, each comma-separated part on its own."""
    out = set()
    for part in [gold, *gold.split(",")]:
        name = " ".join(GENERIC_PLACE.sub(" ", _fold(part).replace("-", " ")).split())
        if name:
            out.add(name)
    return out


def place_matches(gold: str, loc: dict) -> bool:
    """Whether a predicted location names the gold place: the same name (accents, case, hyphens
    and generic words aside) as the location itself or its admin1/admin2, or one name holding
    the other as whole words."""
    want = _place_names(gold)
    for have in (loc.get(k) for k in ("name", "admin2", "admin1")):
        for h in _place_names(have or ""):
            if any(h == w or f" {w} " in f" {h} " or f" {h} " in f" {w} " for w in want):
                return True
    return False


def _days_apart(a: Optional[str], b: Optional[str]) -> Optional[int]:
    da, db = _date(a or ""), _date(b or "")
    return abs((da - db).days) if da and db else None


def event_matches(gold: dict, pred: dict) -> bool:
    """A predicted event matches a gold one by sub-type family (the ACLED event type), place and
    date (within a day: a night's events are dated either side of midnight)."""
    apart = _days_apart(gold.get("date"), pred.get("date"))
    return (pred.get("event_type") == gold["event_type"] and apart is not None and apart <= 1
            and place_matches(gold.get("place") or "", pred.get("location") or {}))


def _matching(gold: list, pred: list) -> list:
    """A maximum one-to-one matching (augmenting paths) of gold to predicted events: pairs (g, p)."""
    edges = [[j for j, p in enumerate(pred) if event_matches(g, p)] for g in gold]
    owner = {}

    def take(i, seen):
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or take(owner[j], seen):
                    owner[j] = i
                    return True
        return False
    for i in range(len(gold)):
        take(i, set())
    return _closest(gold, pred, edges, sorted((i, j) for j, i in owner.items()))


def _closest(gold: list, pred: list, edges: list, pairs: list) -> list:
    """The pairs of a maximum matching, swapped two by two while a swap pairs more events of the same
    sub-type, or of closer dates: of an air strike on Thursday and shelling on Friday at one town,
    each is paired with its own telling, not the other's (the matching alone picks either way)."""
    def fit(i, j):
        return 10 * (gold[i].get("sub_event_type") == pred[j].get("sub_event_type")) \
            - (_days_apart(gold[i].get("date"), pred[j].get("date")) or 0)
    pairs, better = list(pairs), True
    while better:
        better = False
        for a in range(len(pairs)):
            for b in range(a + 1, len(pairs)):
                (i1, j1), (i2, j2) = pairs[a], pairs[b]
                if j2 in edges[i1] and j1 in edges[i2] and fit(i1, j2) + fit(i2, j1) > fit(i1, j1) + fit(i2, j2):
                    pairs[a], pairs[b], better = (i1, j2), (i2, j1), True
    return sorted(pairs)


def score_articles(docs: list, records: list) -> dict:
    """Reported events scored as sets per article: precision, recall and F1 of matched events;
    on matched events, sub-type, actor roles (actor1's and actor2's inter codes in their roles)
    and fatalities; over all predicted events, any dated after the article's publication, and
    state forces (gold inter 1) coded as an unidentified group."""
    n_gold = n_pred = 0
    sub, roles, fat, state_unidentified, late = [], [], [], [], []
    for d, rec in zip(docs, records):
        gold = [e for e in d["events"] if e.get("status") == "reported"]
        pred = [e for e in (rec or {}).get("events") or [] if e.get("status") == "reported"]
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        late += [(e.get("date") or "") > d["published"] for e in (rec or {}).get("events") or [] if e.get("date")]
        for i, j in _matching(gold, pred):
            g, p = gold[i], pred[j]
            sub.append(g["sub_event_type"] == p.get("sub_event_type"))
            roles.append(all((g.get(f"{r}_inter") or None) == ((p.get(r) or {}).get("inter") or None) for r in ROLES))
            fat.append((g.get("fatalities") or 0) == (p.get("fatalities") or 0))
            for r in ROLES:
                if g.get(f"{r}_inter") == 1:
                    state_unidentified.append("unidentified" in ((p.get(r) or {}).get("canonical") or "").lower())
    matched = len(sub)
    prec, rec_ = (matched / n_pred if n_pred else None), (matched / n_gold if n_gold else None)
    return {"articles": len(docs), "gold_events": n_gold, "predicted_events": n_pred, "matched": matched,
            "precision": prec, "recall": rec_, "f1": 2 * matched / (n_gold + n_pred) if n_gold + n_pred else None,
            "sub_event_type": _share(sub), "actor_roles": _share(roles), "fatalities": _share(fat),
            "dated_after_publication": sum(late), "state_as_unidentified": sum(state_unidentified)}


def evaluate_articles(folder: str, pipeline, progress=None) -> dict:
    from .read import from_json
    docs = load_articles(folder)
    raws = [from_json({"id": d.get("id") or str(k), "text": d["text"], "published": d.get("published"),
                       "title": d.get("title")}, f"{folder}#{k}") for k, d in enumerate(docs)]
    by_source = {rec.article.source: rec.to_dict() for rec in pipeline.run(raws, progress)}
    records = [by_source.get(f"{folder}#{k}") for k in range(len(docs))]
    return {**score_articles(docs, records), "failed": failures(records)}


def report_articles(m: dict) -> str:
    return "\n".join(report_failures(m) + [
        f"articles              {m['articles']}  ({m['gold_events']} reported gold events, {m['predicted_events']} extracted)",
        f"events (as sets)      P {_f(m['precision'])}  R {_f(m['recall'])}  F1 {_f(m['f1'])}  ({m['matched']} matched"
        " by event type, place and date)",
        f"sub_event_type        acc {_f(m['sub_event_type'])}  (matched events)",
        f"actor roles           acc {_f(m['actor_roles'])}  (actor1 and actor2 inter codes in their roles)",
        f"fatalities            exact {_f(m['fatalities'])}",
        f"dated after publication  {m['dated_after_publication']} events",
        f"state forces coded as unidentified group  {m['state_as_unidentified']}"])
