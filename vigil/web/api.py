"""The REST API under /api/: events (filtered, paged, sorted), one event with its evidence, articles,
places, actors, stats, the timeline, map points, and exports of any filtered view (CSV, GeoJSON, JSONL).

Every error is the one envelope ``{"error": {"status", "message", "detail"}}`` (see app.py).
"""
from __future__ import annotations

import csv
import io
import json
from typing import Iterator, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse

from ..errors import UsageError
from ..export import CSV_COLUMNS, event_rows, neutralise
from ..store.review import overlay
from ..store.views import EventFilter
from . import evidence

router = APIRouter(prefix="/api", tags=["api"])
DATE = r"^\d{4}-\d{2}-\d{2}$"


def store(request: Request):
    """The store for one request, closed after it."""
    st = request.app.state.stores.get()
    try:
        yield st
    finally:
        st.close()


def _list(value: Optional[str]) -> tuple:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


def event_filter(
        date_from: Optional[str] = Query(None, pattern=DATE, description="first day (YYYY-MM-DD)"),
        date_to: Optional[str] = Query(None, pattern=DATE, description="last day (YYYY-MM-DD)"),
        type: Optional[str] = Query(None, description="event types, comma-separated"),
        sub_type: Optional[str] = Query(None, description="sub-event types, comma-separated"),
        status: Optional[str] = Query(None, description="reported, historical, planned, negated (comma-separated)"),
        country: Optional[str] = Query(None, description="ISO 3166-1 alpha-2 codes, comma-separated"),
        admin1: Optional[str] = Query(None, description="first-level divisions, comma-separated"),
        actor: Optional[str] = Query(None, max_length=200, description="part of an actor's name"),
        q: Optional[str] = Query(None, max_length=500, description="full-text search (SQLite FTS5 syntax)"),
        bbox: Optional[str] = Query(None, description="west,south,east,north in degrees"),
        min_reports: Optional[int] = Query(None, ge=1, description="events told by at least this many reports"),
        include_false: bool = Query(False, description="also events a reviewer marked false"),
        reviewed: Optional[bool] = Query(None, description="only reviewed (true) or unreviewed (false) events"),
) -> EventFilter:
    box = None
    if bbox:
        try:
            box = tuple(float(v) for v in bbox.split(","))
        except ValueError:
            box = ()
        if len(box) != 4 or not (-90 <= box[1] <= box[3] <= 90) or not all(-180 <= box[i] <= 180 for i in (0, 2)):
            raise UsageError(f"bbox must be west,south,east,north in degrees, not {bbox!r}")
    return EventFilter(date_from=date_from, date_to=date_to, event_type=_list(type), sub_event_type=_list(sub_type),
                       status=_list(status), country=_list(country), admin1=_list(admin1), actor=actor or None,
                       q=q or None, bbox=box, min_reports=min_reports, include_false=include_false,
                       reviewed=reviewed)


def viewer(request: Request) -> Optional[dict]:
    return request.session.get("user") if "session" in request.scope else None


def hide_private(request: Request) -> bool:
    return request.app.state.options.hide_private and not viewer(request)


@router.get("/events", summary="Events as reviewed, filtered, sorted and paged")
def list_events(flt: EventFilter = Depends(event_filter), sort: str = Query("-date", max_length=40),
                page: int = Query(1, ge=1), per_page: int = Query(50, ge=1, le=1000), st=Depends(store)):
    rows, total = st.find_events(flt, sort, per_page, (page - 1) * per_page)
    return {"total": total, "page": page, "per_page": per_page, "sort": sort, "events": rows}


@router.get("/events/{event_id}", summary="One event: its report, evidence, claims, quotes, review history")
def one_event(event_id: str, request: Request, st=Depends(store)):
    found = evidence.detail(st, event_id, hide_private(request))
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    found.pop("segments")
    return found


@router.get("/map", summary="Compact points for the map: [id, lat, lon, type, fatalities, date, location]")
def map_points(flt: EventFilter = Depends(event_filter), st=Depends(store)):
    return {"points": st.map_points(flt)}


@router.get("/timeline", summary="Events per day or week, by type")
def timeline(flt: EventFilter = Depends(event_filter), bucket: str = Query("day", pattern="^(day|week)$"),
             st=Depends(store)):
    rows = st.timeline(flt, bucket)
    periods = sorted({p for p, _, _ in rows})
    index = {p: i for i, p in enumerate(periods)}
    series: dict = {}
    for p, t, n in rows:
        series.setdefault(t, [0] * len(periods))[index[p]] = n
    return {"bucket": bucket, "periods": periods, "series": series}


@router.get("/articles", summary="Stored articles, newest first")
def list_articles(q: Optional[str] = Query(None, max_length=500), page: int = Query(1, ge=1),
                  per_page: int = Query(50, ge=1, le=1000), st=Depends(store)):
    rows, total = st.articles(per_page, (page - 1) * per_page, q)
    return {"total": total, "page": page, "per_page": per_page, "articles": rows}


@router.get("/articles/{article_id}", summary="One article with its contract record")
def one_article(article_id: str, request: Request, st=Depends(store)):
    art = st.article(article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    if hide_private(request):
        rec = art["record"]
        for c in rec["claims"]:
            if (c.get("claimant") or {}).get("type") == "individual":
                c["claimant"] = {**c["claimant"], "name": evidence.PRIVATE, "canonical": None}
        for q in rec["quotes"]:
            if q.get("speaker"):
                q["speaker"] = {"name": evidence.PRIVATE, "canonical": None}
    return art


@router.get("/places", summary="Places with how many matching events")
def places(flt: EventFilter = Depends(event_filter), limit: int = Query(200, ge=1, le=5000), st=Depends(store)):
    return {"places": st.tally("location", flt, limit)}


@router.get("/actors", summary="Actors with how many matching events")
def actors(flt: EventFilter = Depends(event_filter), limit: int = Query(200, ge=1, le=5000), st=Depends(store)):
    return {"actors": st.tally("actor", flt, limit)}


@router.get("/stats", summary="Counts: the store, and matching events by type, sub-type and country")
def stats(flt: EventFilter = Depends(event_filter), st=Depends(store)):
    return {"counts": st.counts(), "links": st.links(), "by_type": st.tally("sub_event_type", flt),
            "by_country": st.tally("country", flt)}


# -- exports -----------------------------------------------------------------------------------

def reviewed_records(st, flt: EventFilter, sort: str = "date") -> Iterator[dict]:
    """Contract records holding only the matching events, each with the reviewed values laid over it,
    ``reviewed`` and ``corrections`` (the machine's value beside each reviewer's)."""
    rows, _ = st.find_events(flt, sort, None)
    wanted: dict = {}
    for r in rows:
        wanted.setdefault(r["article_id"], []).append(r["id"])
    fixes = st.corrections(r["id"] for r in rows)
    for article_id, ids in wanted.items():
        rec = st.article(article_id)["record"]
        keep = set(ids)
        rec["events"] = [overlay(e, fixes.get(e["id"], [])) for e in rec["events"] if e["id"] in keep]
        yield rec


def _download(chunks, media: str, name: str) -> StreamingResponse:
    return StreamingResponse(chunks, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/export.csv", summary="The filtered view as CSV: ACLED-like columns, reviewed values, reviewed flag")
def export_csv(request: Request, flt: EventFilter = Depends(event_filter), st=Depends(store)):
    safe = request.app.state.options.csv_safe
    records = list(reviewed_records(st, flt))

    def chunks():
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS + ["reviewed"])
        writer.writeheader()
        for rec in records:
            flags = {e["id"]: e["reviewed"] for e in rec["events"]}
            for row in event_rows(rec):
                row["reviewed"] = flags[row["event_id"]]
                writer.writerow({k: neutralise(v) for k, v in row.items()} if safe else row)
            yield buf.getvalue()
            buf.seek(0), buf.truncate()
        yield buf.getvalue()
    return _download(chunks(), "text/csv; charset=utf-8", "vigil-events.csv")


GEO_PROPERTIES = ("id", "article_id", "event_type", "sub_event_type", "status", "date", "actor1", "actor2",
                  "location", "admin1", "country", "geo_precision", "fatalities", "injured", "arrested",
                  "confidence", "reports", "reviewed", "marked_false")


@router.get("/export.geojson", summary="The filtered view as an RFC 7946 FeatureCollection of points")
def export_geojson(flt: EventFilter = Depends(event_filter), st=Depends(store)):
    rows, _ = st.find_events(flt, "date", None)

    def chunks():
        yield '{"type": "FeatureCollection", "features": ['
        for i, r in enumerate(rows):
            geometry = (None if r["latitude"] is None or r["longitude"] is None else
                        {"type": "Point", "coordinates": [round(r["longitude"], 6), round(r["latitude"], 6)]})
            feature = {"type": "Feature", "id": r["id"], "geometry": geometry,
                       "properties": {k: r[k] for k in GEO_PROPERTIES}}
            yield ("," if i else "") + json.dumps(feature, ensure_ascii=False)
        yield "]}\n"
    return _download(chunks(), "application/geo+json", "vigil-events.geojson")


@router.get("/export.jsonl", summary="The filtered view as JSONL contract records (matching events only)")
def export_jsonl(flt: EventFilter = Depends(event_filter), st=Depends(store)):
    records = list(reviewed_records(st, flt))
    return _download((json.dumps(r, ensure_ascii=False) + "\n" for r in records), "application/x-ndjson",
                     "vigil-records.jsonl")
