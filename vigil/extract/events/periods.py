"""Report periods and the report's date mentions: when an event's dated period ends, whether a
reported event dated long before publication is background to the report (CODEBOOK 9), and the
date mentions sorted once per document for the status rules that look for dates near a word.
"""
from __future__ import annotations

import bisect
import datetime as _dt


# The longest period a report covers: a daily story tells the last days, a situation report its
# week or month. An event the text dates to a period that ended before that is background.
REPORT_PERIOD_DAYS = 31


def period_end(date: str, date_end, precision):
    """The last day of an event's dated period: its end date, else the end of its week, month or
    year by time precision (2, 3, 4), else the day itself."""
    d = _as_date(date_end) or _as_date(date)
    if d is None or date_end:
        return d
    if precision == 2:
        return d + _dt.timedelta(days=6)
    if precision == 3:
        nxt = d.replace(day=28) + _dt.timedelta(days=4)
        return nxt - _dt.timedelta(days=nxt.day)
    if precision == 4:
        return d.replace(month=12, day=31)
    return d


def background(event, published) -> bool:
    """A reported event the text dates to a period that ended over a month before publication
    ("the army retook the town in March 2023", "Goma fell on 27 January" in a report of late
    April): background to the report, not its event (CONTRACT: historical). An event dated by
    publication alone, or to a period that runs into the report's month, is not."""
    if published is None or event.status != "reported" or not event.date:
        return False
    end = period_end(event.date, event.date_end, event.time_precision)
    return end is not None and (published - end).days > REPORT_PERIOD_DAYS


COARSE_PRECISION = (3, 4)   # ACLED's time_precision: 3 the month, 4 (Vigil's) the year


def coarse_background(events: list) -> set:
    """Indices of the reported events the text dates only to a month or a year ("the protests began
    last month", "after the army retook the capital earlier this year", "in early 2024, gangs
    attacked police stations"), in a report that dates as many of its reported events to the day or
    more. Such a report tells its news day by day; what it can place no closer than a month or a
    year is the background it gives (CODEBOOK 9: a sentence about an earlier uprising is historical
    background, not this report's event). A report that tells its events by the month (a roundup of a month's
    protests: "during December, supporters put up posters in Isfahan, Tehran, ...") or dates
    nothing to the day (a one-line note) keeps them."""
    rep = [k for k, e in enumerate(events) if e.status == "reported" and e.date]
    coarse = {k for k in rep if events[k].time_precision in COARSE_PRECISION}
    by_day = sum(1 for k in rep if events[k].time_precision == 1)
    return coarse if by_day >= len(coarse) else set()


def _as_date(v):
    if isinstance(v, _dt.date):
        return v
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def ctx_dates(ctx) -> list:
    """The report's date mentions, as dates.find_dates resolved them."""
    return ctx.dates or []


def sorted_dates(ctx) -> tuple:
    """(the date mentions sorted by start, a stable sort; their starts), sorted once per document."""
    dates = ctx_dates(ctx)
    cached = ctx.doc.user_data.get("vigil_sorted_dates")
    if cached is None or cached[0] is not dates:
        ds = sorted(dates, key=lambda m: m.start)
        cached = ctx.doc.user_data["vigil_sorted_dates"] = (dates, ds, [m.start for m in ds])
    return cached[1], cached[2]


def dates_between(ctx, lo: int, hi: int) -> list:
    """The date mentions starting in [lo, hi), by start."""
    ds, starts = sorted_dates(ctx)
    return ds[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
