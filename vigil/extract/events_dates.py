"""A small stand-in for dates.py: month/day/year mentions read from tokens, used only when the
Context carries no date mentions (the real date module supersedes it)."""
from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass
from typing import Optional

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS.pop("may", None)
MONTHS["may"] = 5


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: Optional[str]
    date_end: Optional[str] = None
    precision: int = 1


def _year(tok) -> Optional[int]:
    t = tok.text
    return int(t) if t.isdigit() and len(t) == 4 and 1900 <= int(t) <= 2100 else None


def _day(tok) -> Optional[int]:
    t = tok.text.rstrip(".").lower()
    for suf in ("st", "nd", "rd", "th"):
        if t.endswith(suf) and t[:-2].isdigit():
            t = t[:-2]
    return int(t) if t.isdigit() and 1 <= int(t) <= 31 else None


def fallback_dates(doc, ref: Optional[_dt.date]) -> list:
    """Date mentions ("7 May 2020", "May 7", "during December", "in 2014") as DateMentions."""
    out, toks, i = [], list(doc), 0
    while i < len(toks):
        found = _at(toks, i, ref)
        if found:
            out.append(found[0])
            i = found[1]
        else:
            i += 1
    return out


def _at(toks, i, ref):
    tok = toks[i]
    month = MONTHS.get(tok.lower_.rstrip("."))
    if month and (tok.text[:1].isupper()) and not (tok.lower_ == "may" and tok.tag_ == "MD"):
        day = _day(toks[i - 1]) if i > 0 else None
        s = i - 1 if day else i
        j = i + 1
        if day is None and j < len(toks) and _day(toks[j]) and not _year(toks[j]):
            day, j = _day(toks[j]), j + 1
        if j < len(toks) and toks[j].text == ",":
            j += 1 if j + 1 < len(toks) and _year(toks[j + 1]) else 0
        year = _year(toks[j]) if j < len(toks) else None
        j = j + 1 if year else (j - 1 if j > i + 1 and toks[j - 1].text == "," else j)
        year = year or _guess_year(month, day, ref)
        if year is None:
            return None
        try:
            d = _dt.date(year, month, day or 1)
        except ValueError:
            return None
        span_end = toks[j - 1].idx + len(toks[j - 1].text)
        return DateMention(toks[s].idx, span_end, d.isoformat(), None if day else _month_end(d), 1 if day else 3), j
    y = _year(tok)
    if y and i > 0 and toks[i - 1].lower_ in ("in", "since", "of", "during", "until"):
        return DateMention(tok.idx, tok.idx + len(tok.text), f"{y}-01-01", f"{y}-12-31", 4), i + 1
    return None


def _guess_year(month, day, ref):
    if ref is None:
        return None
    return ref.year if (month, day or 1) <= (ref.month, ref.day) else ref.year - 1


def _month_end(d):
    return d.replace(day=calendar.monthrange(d.year, d.month)[1]).isoformat()
