"""Dates in a report, resolved against its publication date, with their precision.

``find_dates(doc, published)`` reads spaCy's DATE entities (and, because the
small model misses some, the unmistakable "9 May 2020" / "May 9, 2020" forms),
never free text: "21 people" is not a date. Each span is parsed by cheap rules
first ("On 9 May 2020", "between 3 and 5 May", "during December", "last
Friday", "earlier this month", "in 2014"); only what they cannot read goes to
dateparser (PREFER_DATES_FROM past, RELATIVE_BASE the publication date),
cached per (text, published).

Precision follows ACLED's time_precision: 1 day, 2 week (or a span of days),
3 month; Vigil adds 4, year. ``date`` is the first day of what is meant,
``date_end`` the last day of a range (None for a single day, month or year).
Month names and weekdays without a year are the most recent ones on or before
publication ("last Friday" strictly before it). A step of weeks, months or years ("a year later",
"three months earlier") counts from the date mention before it, whatever its precision.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Optional

from .. import docindex

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MON = r"(?P<mon>%s)\.?" % "|".join(sorted(MONTHS, key=len, reverse=True))
MON2 = MON.replace("?P<mon>", "?P<mon2>")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
DAY2 = DAY.replace("?P<day>", "?P<day2>")
YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
LEAD = r"^(?:(?:on|around|about|from|since|by|until|till|through|during|in|of|at|the|early|late|mid|" \
       r"night\s+of|morning\s+of|evening\s+of|week\s+of|between|small\s+hours\s+of|hours\s+of|overnight|" \
       r"shortly|just|before|after|dawn|dusk|daybreak|midnight|noon)[\s-]+)*"

FULL_DMY = re.compile(r"\b%s(?:\s+of)?\s+%s,?\s+%s\b" % (DAY, MON, YEAR), re.I)
FULL_MDY = re.compile(r"\b%s\s+%s,?\s+%s\b" % (MON, DAY, YEAR), re.I)
ISO = re.compile(r"\b%s-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b" % YEAR)
RANGE_DMY = re.compile(r"%s(?:\s+%s)?\s*(?:-|–|to|and|until|through)\s*%s\s+%s(?:,?\s+%s)?$"
                       % (DAY, MON2, DAY2, MON, YEAR), re.I)
RANGE_MDY = re.compile(r"%s\s+%s\s*(?:-|–|to|and|until|through)\s*(?:%s\s+)?%s(?:,?\s+%s)?$"
                       % (MON, DAY, MON2, DAY2, YEAR), re.I)
DMY = re.compile(r"%s(?:\s+of)?\s+%s(?:,?\s+%s)?$" % (DAY, MON, YEAR), re.I)
MDY = re.compile(r"%s\s+%s(?:,?\s+%s)?$" % (MON, DAY, YEAR), re.I)
MY = re.compile(r"(?:this\s+|last\s+|past\s+)?%s(?:,?\s+%s)?(?:\s+(?:uprising|protests?|elections?|events?))?$"
                % (MON, YEAR), re.I)
Y = re.compile(r"(?:the\s+year\s+)?%s$" % YEAR)
WD = "|".join(WEEKDAYS)
PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
WEEKDAY = re.compile(r"(?P<last>last\s+|this\s+|this\s+past\s+|past\s+)?(?P<wd>%s)(?:'s)?%s"
                     r"(?:,?\s+(?:the\s+)?(?P<dom>[0-3]?\d)(?:st|nd|rd|th)?)?"
                     r"(?:\s+of\s+(?P<prev>last|the\s+previous|the\s+past)\s+week)?$" % (WD, PART), re.I)
# Weekdays the small model tags as TIME or misses ("on Sunday night", "Tuesday evening of last week"):
# a capitalised weekday is a date wherever it stands.
WEEKDAY_SPAN = re.compile(r"\b(?:(?:[Ll]ast|[Tt]his(?:\s+past)?|[Pp]ast)\s+)?(?:%s)(?:\s+(?i:morning|afternoon|evening|"
                          r"night))?(?:\s+of\s+(?:last|the\s+previous|the\s+past)\s+week)?\b"
                          % "|".join(d.capitalize() for d in WEEKDAYS))
# A line that opens on a day and a month before a dash, colon or bar ("22 April - Porga: attack on a post",
# "May 3: Gunmen ...", "3 May | Kidal"): an incident list's or chronology's entry date, which the small
# model often leaves untagged at the head of a line.
LINE_DAY = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:%s)\.?|(?:%s)\.?\s+[0-3]?\d(?:st|nd|rd|th)?)"
                      r"(?=[ \t]*(?:[-\u2013\u2014:|]|\(|,))" % ((("|".join(sorted(MONTHS, key=len, reverse=True))),) * 2), re.I | re.M)
# Expressions dated from the date that governs them (the last one before them), not from publication:
# (pattern, days from that date; "n" reads the number).
ALONE = r"(?![ \t]+[\w\"'])"   # "the day before," but not "the day before the vote"
N = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
SHIFTS = [
    (r"(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after" + ALONE, 1),
    (r"%s\s+days?\s+(?:later|afterwards)" % N, "n"),
    (r"(?:the\s+)?(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
     r"|the\s+(?:day|night|evening)\s+before" + ALONE, -1),
    (r"%s\s+days?\s+(?:earlier|before%s)" % (N, ALONE), "-n"),
    (r"(?:(?:a\s+few|several|\d+|two|three|some)\s+)?hours\s+(?:later|afterwards)"
     r"|later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)"
     r"|(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)"
     r"|(?:in|during)\s+the\s+(?:morning|afternoon|evening|night|day)|later\s+in\s+the\s+day|overnight", 0),
]
# Shift-0 words that point back to the day told last ("that evening", "the same day", "later that day",
# "hours later"): counted from it wherever its paragraph ends. Others ("in the evening", "overnight")
# are read from a day of their own paragraph only.
BACK_TO_TOLD = re.compile(r"\b(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b|\bhours\s+(?:later|afterwards)\b",
                          re.I)
SHIFT_SPAN = re.compile(r"\b(?:%s)\b" % "|".join("(?:%s)" % rx.replace("?P<n>", "?:") for rx, _ in SHIFTS), re.I)
DURATION = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|"
                      r"decades?|the\s+(?:past|last|next|coming))\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?"
                      r"|decades?|hours?)\b(?!\s+ago)|\bold\b|-year|annual|daily|weekly|monthly|centur|\d0s\b",
                      re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: str                       # ISO date: the first day meant
    date_end: Optional[str] = None  # ISO date: the last day of a range
    precision: int = 1              # 1 day, 2 week, 3 month, 4 year
    shift: Optional[int] = None     # days from the governing date ("the next day": 1), else None


# ---------------------------------------------------------------- calendar helpers

def _safe(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: Optional[dt.date]) -> Optional[int]:
    """The year of the most recent (month, day) on or before publication."""
    if published is None:
        return None
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _month(m) -> int:
    return MONTHS[m.lower().rstrip(".")]


def _ymd(year, mon, day, published):
    mo, d = _month(mon), int(day)
    y = int(year) if year else _year_for(mo, d, published)
    return _safe(y, mo, d) if y else None


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


# ---------------------------------------------------------------- rule parsers: (date, date_end, precision)

def _range(t: str, published):
    for rx in (RANGE_DMY, RANGE_MDY):
        m = rx.search(t)
        if not m:
            continue
        mon2 = m.group("mon2") or m.group("mon")
        end = _ymd(m.group("year"), m.group("mon"), m.group("day2"), published)
        if rx is RANGE_DMY:
            start = _ymd(m.group("year"), mon2, m.group("day"), published)
        else:
            end = _ymd(m.group("year"), mon2, m.group("day2"), published)
            start = _ymd(m.group("year"), m.group("mon"), m.group("day"), published)
        if start and end:
            if start > end and start.year == end.year:
                start = start.replace(year=start.year - 1)
            return start, end, 1
    return None


def _day(t: str, published):
    m = ISO.search(t)
    if m:
        d = _safe(int(m.group("year")), int(m.group("m")), int(m.group("d")))
        return (d, None, 1) if d else None
    for rx in (DMY, MDY):
        m = rx.search(t)
        if m:
            d = _ymd(m.group("year"), m.group("mon"), m.group("day"), published)
            return (d, None, 1) if d else None
    return None


def _month_year(t: str, published):
    m = MY.search(t)
    if m and (m.start() == 0 or not t[m.start() - 1].isdigit()):
        mo = _month(m.group("mon"))
        if m.group("year"):
            return dt.date(int(m.group("year")), mo, 1), None, 3
        y = _year_for(mo, 1, published)
        if t.lower().startswith("last") and published and y == published.year and mo == published.month:
            y -= 1
        return (dt.date(y, mo, 1), None, 3) if y else None
    m = Y.search(t)
    if m and m.start() == 0:
        return dt.date(int(m.group("year")), 1, 1), None, 4
    return None


def _weekday(t: str, published):
    m = WEEKDAY.fullmatch(t)
    if not m or published is None:
        return None
    wd = WEEKDAYS[m.group("wd").lower()]
    if m.group("dom"):      # "Wednesday 1": the latest such day of a month on or before publication
        return _weekday_of_month(wd, int(m.group("dom")), published)
    if m.group("prev"):     # "Tuesday of last week": that day of the calendar week before publication's
        return _week_start(published) - dt.timedelta(days=7 - wd), None, 1
    back = (published.weekday() - wd) % 7
    if back == 0 and (m.group("last") or "").strip().lower() in ("last", "past", "this past"):
        back = 7
    return published - dt.timedelta(days=back), None, 1


def _weekday_of_month(wd: int, dom: int, published: dt.date):
    y, mo = published.year, published.month
    fallback = None
    for _ in range(14):
        d = _safe(y, mo, dom)
        if d and d <= published:
            if d.weekday() == wd:
                return d, None, 1
            fallback = fallback or d
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    return (fallback, None, 1) if fallback else None


def shift_of(text: str) -> Optional[int]:
    """Days from the governing date an expression such as "two days later" or "the day before" means,
    or None when it is not one of them."""
    t = " ".join(text.split()).strip(" ,.;:()").lower()
    for rx, days in SHIFTS:
        m = re.fullmatch(rx, t)
        if m:
            if isinstance(days, int):
                return days
            k = m.group("n")
            k = int(k) if k.isdigit() else NUMS[k]
            return -k if days.startswith("-") else k
    return None


def _shifted(t: str, published):
    k = shift_of(t)
    if k is None or published is None:
        return None
    return published + dt.timedelta(days=k), None, 1


def _relative(t: str, published):
    if published is None:
        return None
    p, low = published, t.lower()
    table = [
        (r"(?:early\s+)?today|this\s+(?:morning|afternoon|evening)|tonight", (p, None, 1)),
        (r"yesterday(?:\s+\w+)?|last\s+night", (p - dt.timedelta(1), None, 1)),
        (r"(?:earlier\s+|late\s+|later\s+)?this\s+week", (_week_start(p), p, 2)),
        (r"(?:early\s+|late\s+)?last\s+week|the\s+previous\s+week|the\s+week\s+before",
         (_week_start(p) - dt.timedelta(7), _week_start(p) - dt.timedelta(1), 2)),
        (r"(?:this\s+|last\s+|over\s+the\s+)?weekend",
         (_week_start(p) - dt.timedelta(2), _week_start(p) - dt.timedelta(1), 2) if p.weekday() < 5
         else (p - dt.timedelta(p.weekday() - 5), p, 2)),
        (r"(?:earlier\s+|early\s+|late\s+)?this\s+month", (p.replace(day=1), p, 2)),
        (r"(?:early\s+|late\s+)?last\s+month|the\s+previous\s+month",
         ((p.replace(day=1) - dt.timedelta(1)).replace(day=1), None, 3)),
        (r"(?:earlier\s+|early\s+)?this\s+year", (p.replace(month=1, day=1), None, 4)),
        (r"last\s+year|the\s+previous\s+year", (dt.date(p.year - 1, 1, 1), None, 4)),
    ]
    for rx, value in table:
        if re.fullmatch(rx, low):
            return value
    m = re.fullmatch(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago",
                     low)
    if m:
        return _ago(p, m.group(1), m.group(2))
    return None


NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10}


def _ago(p: dt.date, n: str, unit: str):
    k = int(n) if n.isdigit() else NUMS[n]
    if unit == "day":
        return p - dt.timedelta(k), None, 1
    if unit == "week":
        return _week_start(p - dt.timedelta(7 * k)), None, 2
    if unit == "month":
        y, mo = divmod(p.year * 12 + p.month - 1 - k, 12)
        return dt.date(y, mo + 1, 1), None, 3
    return dt.date(p.year - k, 1, 1), None, 4


# ---------------------------------------------------------------- dateparser, cached

@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, published: Optional[dt.date]):
    import dateparser  # slow to import: only when a rule could not read the span

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    data = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if not data or not data.date_obj:
        return None
    prec = {"day": 1, "week": 2, "month": 3, "year": 4}.get(data.period or "day", 1)
    d = data.date_obj.date()
    if prec == 3:
        d = d.replace(day=1)
    elif prec == 4:
        d = d.replace(month=1, day=1)
    return d, None, prec


def clean(text: str) -> str:
    t = " ".join(text.replace("\u00a0", " ").split()).strip(" ,.;:()[]")
    return re.sub(LEAD, "", t, flags=re.I).strip(" ,")


def parse(text: str, published: Optional[dt.date]):
    """(date, date_end, precision) for one date expression, or None."""
    got = _shifted(text, published)
    if got:
        return got
    t = clean(text)
    if not t:
        return None
    for rule in (_range, _day, _month_year, _weekday, _relative):
        got = rule(t, published)
        if got:
            return got
    if DURATION.search(t) or not re.search(r"[a-z]", t, re.I) or (published is None and not re.search(YEAR, t)):
        return None
    if not any(w in MONTHS or w in WEEKDAYS for w in re.findall(r"[a-z]+", t.lower())):
        return None
    return _dateparser(t, published)


# ---------------------------------------------------------------- spans

MONTH_FIRST = re.compile(r"(?:%s)\b" % "|".join(sorted(MONTHS, key=len, reverse=True)), re.I)
DAYS_BEFORE = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and|until|through)\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+$")


def _spans(doc):
    """DATE entities, widened to a day or a range of days the recognizer left before the month ("On
    9 May" tagged "May"), to a leading "between" and a trailing year; explicit full dates, weekdays
    and shifts ("the next day") found in the text; overlapping ones joined ("Wednesday 1" + "1 May 2024")."""
    text = docindex.text(doc)
    out = []
    for e in docindex.ents(doc):
        if e.label_ != "DATE":
            continue
        s, end = e.start_char, e.end_char
        if MONTH_FIRST.match(text, s):   # "On 9 May", "between 6 and 12 May 2024" tagged from the month on
            day = DAYS_BEFORE.search(text, max(0, s - 40), s)
            s = day.start() if day and all(1 <= int(x) <= 31 for x in re.findall(r"\d+", day.group())) else s
        if text[max(0, s - 8):s].lower().endswith("between "):
            s -= 8
        out.append((s, end))
    for rx in (FULL_DMY, FULL_MDY, ISO, WEEKDAY_SPAN, SHIFT_SPAN):
        out.extend(m.span() for m in rx.finditer(text))
    heads = [(m.start() + len(m.group()) - len(m.group().lstrip(" \t-*\u2022")), m.end()) for m in LINE_DAY.finditer(text)]
    if heads:   # an entry's date heading its line ("22 April - Porga: ..."), not the tagger's "April - Porga"
        out = [(s, e) for s, e in out if not any(s < he and hs < e for hs, he in heads)] + heads
    joined = []
    for s, e in sorted(out):
        if joined and (s < joined[-1][1] or _continues(text, joined[-1], (s, e))):
            joined[-1] = (joined[-1][0], max(e, joined[-1][1]))
        else:
            joined.append((s, e))
    return joined


def _continues(text: str, a: tuple, b: tuple) -> bool:
    """Span b completes span a: "overnight on Tuesday", "Wednesday, 1 May 2024"."""
    gap = text[a[1]:b[0]]
    if SHIFT_SPAN.fullmatch(text, *a):
        return re.fullmatch(r"\s+(?:on|of|into)\s+", gap) is not None
    if WEEKDAY_SPAN.fullmatch(text, *a) and re.fullmatch(r",?\s+(?:the\s+)?", gap):
        word = re.match(r"[A-Za-z]+|\d", text[b[0]:b[1]])
        return word is not None and (word.group().isdigit() or word.group().lower() in MONTHS)
    return False


def find_dates(doc, published: Optional[dt.date]) -> list:
    """Every date mention in ``doc`` that resolves to a calendar date, in text order. A shift ("two
    days later") counts from the last day-precise date before it ("in the evening": before it in its
    paragraph; "that evening", "hours later": before it anywhere, ``BACK_TO_TOLD``), else from the report's
    first one, else from publication; no day-precise date falls after
    publication unless the text gives its year."""
    out, anchors, text = [], [], docindex.text(doc)
    first_day = None
    for s, e in _spans(doc):
        surface = text[s:e]
        got = parse(surface, published) or _stepped(surface, out[-1] if out else None, published)
        if not got or got[0] is None:
            continue
        d, d_end, prec = got
        shift = shift_of(surface)
        if shift is not None:   # "the next day" follows the story's last day; "in the evening", its paragraph's
            anchor = _anchor(anchors, text, s, within_paragraph=shift == 0 and not BACK_TO_TOLD.search(surface)) \
                or first_day
            coarse = _coarser_since(out, anchors) if shift else None
            if coarse is not None:   # "In January 2023, ... An officer was killed the following night."
                d, prec = dt.date.fromisoformat(coarse.date) + dt.timedelta(days=shift), max(prec, coarse.precision)
                d = d.replace(day=1) if prec >= 3 else d
            elif anchor is not None:
                d = anchor + dt.timedelta(days=shift)
        if published and d > published + dt.timedelta(days=1) and prec == 1 and not re.search(YEAR, surface):
            continue
        m = DateMention(start=s, end=e, text=surface, date=d.isoformat(),
                        date_end=d_end.isoformat() if d_end else None, precision=prec, shift=shift)
        if prec == 1 and d_end is None and not _ahead(doc, s, e):
            first_day = first_day or d
            anchors.append(m)
        out.append(m)
    return out


STEP = re.compile(r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>week|month|year)s?"
                  r"\s+(?P<way>later|afterwards|on|after|earlier|before)", re.I)
STEP_PRECISION = {"week": 2, "month": 3, "year": 3}


def _stepped(surface: str, before: Optional[DateMention], published: Optional[dt.date] = None):
    """(date, None, precision) of "a year later", "two months earlier", "three weeks on": counted from
    the date mention told just before (of any precision: "agreed a truce in November 2022. The truce
    collapsed a year later" is November 2023), never from publication; None without one. Precision is
    the step's (a week, else the month) or the earlier date's, whichever is coarser; a step that lands
    after publication is not read."""
    m = STEP.fullmatch(" ".join(surface.split()).strip(" ,.;:()"))
    if m is None or before is None:
        return None
    k = m.group("n").lower()
    k = int(k) if k.isdigit() else NUMS[k]
    k = -k if m.group("way").lower() in ("earlier", "before") else k
    unit, base = m.group("unit").lower(), dt.date.fromisoformat(before.date)
    prec = max(before.precision, STEP_PRECISION[unit])
    if unit == "week":
        d = base + dt.timedelta(weeks=k)
    else:
        months = base.year * 12 + base.month - 1 + (k * 12 if unit == "year" else k)
        d = dt.date(months // 12, months % 12 + 1, 1)
    if prec >= 3:
        d = d.replace(day=1)
    return None if published and d > published else (d, None, prec)


def in_dateline(text: str, start: int, end: int) -> bool:
    """Is the date at text[start:end] in a dateline: at the head of a line whose first word is in
    capitals, before a dash ("PESHAWAR, Pakistan, April 18 (Wire) - ...")? It dates the filing of
    the report, not what the report tells."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    words = head.split()
    if len(head) > 60 or not words or not words[0].strip(",").isupper() or "." in head:
        return False
    after = text[start:end + 30]   # the model may run the date into the dash ("June 2 - Street")
    return any(dash in after for dash in (" - ", " – ", " — ", "—"))


FUTURE_AUX = ("will", "would", "shall", "'ll", "to")


def _ahead(doc, start: int, end: int) -> bool:
    """The date of a clause told as still ahead ("a judge would decide on Friday"): no anchor for
    the shifts after it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children)


def _coarser_since(out: list, anchors: list) -> Optional[DateMention]:
    """The date told last before a shift, when it is coarser than a day (a month, a year) and told
    after the last single day: "the following night" after "In January 2023, 17 people were killed"
    falls in January 2023, not after the report's last day. None otherwise."""
    last = next((m for m in reversed(out) if m.shift is None), None)
    if last is None or last.precision == 1 or last.date_end is not None:
        return None
    return last if not anchors or anchors[-1].start < last.start else None


def _anchor(found: list, text: str, start: int, within_paragraph: bool) -> Optional[dt.date]:
    """The day of the last of the single-day mentions ``found`` before ``start`` (in its paragraph)."""
    para = text.rfind("\n", 0, start) if within_paragraph else -1
    for m in reversed(found):
        if m.start <= para:
            return None
        if m.precision == 1 and m.date_end is None:
            return dt.date.fromisoformat(m.date)
    return None
