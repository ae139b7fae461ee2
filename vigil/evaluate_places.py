"""`vigil eval places`: is the event put on the right map?

The data is a JSONL file of short reports (tests/golden/places.jsonl is the team's set: one
event each, no country named in the text), each with its gold ``place``, ``country`` (ISO2)
and, where the gazetteer knows the place, ``latitude``/``longitude``/``geonameid``; optional
``admin1``, ``geo_precision`` (2 for "near X", 3 for a region or a province alone),
``classes`` (hard cases: homonym, feature, near, region, province, us_st, landmark, actor)
and ``in_gazetteer`` (false for a place deliberately absent from the gazetteer).

The predicted place is the main event's location in the ``vigil extract`` record, else the
first place of the record that has a country. Metrics:

- right country: the predicted country is the gold one (every report);
- right place: within 25 km of the gold point, or the same GeoNames id, or the same name in
  the gold country (reports whose place is in the gazetteer; the others are scored apart,
  on the country and the name alone);
- geo_precision and admin1 agreement where the gold gives them;
- both rates per class of hard case.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Optional

from .errors import EvalError
from .evaluate import _f, _fold, _km, _share, failures, main_event, report_failures

PLACE_KM = 25.0
REQUIRED = ("text", "place", "country")


def load_places(path: str) -> list:
    """The golden place reports of ``path``; an EvalError names the line that is not one."""
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    raise EvalError(f"{path}:{n}: not JSON ({e.msg})") from None
                missing = [k for k in REQUIRED if not isinstance(r, dict) or not isinstance(r.get(k), str)]
                if missing:
                    raise EvalError(f"{path}:{n}: not a golden place report (missing {', '.join(missing)})")
                r.setdefault("id", str(n))
                rows.append(r)
    except OSError as e:
        raise EvalError(f"{path}: {e.strerror or e}") from None
    if not rows:
        raise EvalError(f"{path}: no golden place report in it")
    return rows


def predicted_place(record: Optional[dict]) -> Optional[dict]:
    """The main event's location, else the record's first place with a country."""
    if not record:
        return None
    ev = main_event(record)
    if ev and ev.get("location"):
        return ev["location"]
    return next((p for p in record.get("places") or [] if p.get("country")), None)


def right_place(gold: dict, pred: Optional[dict]) -> bool:
    """Within PLACE_KM of the gold point, the same GeoNames id, or the same name in the gold country."""
    if not pred:
        return False
    if gold.get("geonameid") and pred.get("geonameid") == gold["geonameid"]:
        return True
    if gold.get("latitude") is not None and pred.get("latitude") is not None:
        if _km((gold["latitude"], gold["longitude"]), (pred["latitude"], pred["longitude"])) <= PLACE_KM:
            return True
    return pred.get("country") == gold["country"] and _fold(pred.get("name")) == _fold(gold["place"])


def _same_admin1(gold: str, pred: Optional[str]) -> bool:
    a, b = _fold(gold).replace("-", " "), _fold(pred).replace("-", " ")
    return bool(b) and (a == b or a[:5] == b[:5])


def score_places(rows: list, records: list) -> dict:
    """Every metric for gold ``rows`` and the matching ``records`` (same order)."""
    preds = [predicted_place(r) for r in records]
    known = [(g, p) for g, p in zip(rows, preds) if g.get("in_gazetteer", True)]
    absent = [(g, p) for g, p in zip(rows, preds) if not g.get("in_gazetteer", True)]
    classes = defaultdict(list)
    for g, p in known:
        for c in g.get("classes") or ["plain"]:
            classes[c].append((g, p))
    misses = [{"id": g.get("id"), "gold": f"{g['place']} ({g['country']})",
               "got": f"{p.get('name')} ({p.get('country')})" if p else None}
              for g, p in known if not (p and p.get("country") == g["country"] and right_place(g, p))]
    return {
        "reports": len(rows), "countries": len({g["country"] for g in rows}),
        "right_country": _share((p or {}).get("country") == g["country"] for g, p in zip(rows, preds)),
        "right_place": _share(right_place(g, p) for g, p in known),
        "located": _share(p is not None for p in preds),
        "geo_precision": _share((p or {}).get("geo_precision") == g["geo_precision"]
                                for g, p in known if g.get("geo_precision")),
        "admin1": _share(_same_admin1(g["admin1"], (p or {}).get("admin1")) for g, p in known if g.get("admin1")),
        "not_in_gazetteer": {"reports": len(absent),
                             "right_country": _share((p or {}).get("country") == g["country"] for g, p in absent),
                             "right_place": _share(right_place(g, p) for g, p in absent)},
        "classes": {c: {"reports": len(v), "right_country": _share((p or {}).get("country") == g["country"] for g, p in v),
                        "right_place": _share(right_place(g, p) for g, p in v)} for c, v in sorted(classes.items())},
        "misses": misses,
    }


def evaluate_places(path: str, pipeline, progress=None) -> dict:
    from .read import from_json
    rows = load_places(path)
    raws = [from_json({"id": r["id"], "text": r["text"], "published": r.get("published")},
                      f"{path}:{k + 1}") for k, r in enumerate(rows)]
    records = [rec.to_dict() for rec in pipeline.run(raws, progress)]
    return {**score_places(rows, records), "failed": failures(records)}


def report_places(m: dict) -> str:
    a = m["not_in_gazetteer"]
    lines = [f"place reports         {m['reports']}  ({m['countries']} countries)",
             f"right country         {_f(m['right_country'])}",
             f"right place           {_f(m['right_place'])}  (within {PLACE_KM:g} km, same id or same name)",
             f"located               {_f(m['located'])}",
             f"geo_precision         {_f(m['geo_precision'])}",
             f"admin1                {_f(m['admin1'])}",
             f"not in gazetteer      {a['reports']} reports, right country {_f(a['right_country'])}, "
             f"right place {_f(a['right_place'])}"]
    for c, v in m["classes"].items():
        lines.append(f"  {c:<19} {v['reports']:>4}  country {_f(v['right_country'])}  place {_f(v['right_place'])}")
    for x in m["misses"]:
        lines.append(f"  miss {x['id']}: {x['gold']} -> {x['got']}")
    return "\n".join(report_failures(m) + lines)
