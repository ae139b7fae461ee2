"""A page's headline, its dateline and its JSON-LD metadata, read from the parsed HTML tree.

trafilatura's metadata comes from the page head (``<title>``, Open Graph, JSON-LD) and a date
guess over the whole page. What a reader sees is more precise: the headline is the page's
``<h1>`` (without the site name the ``<title>`` carries), and the date is the one printed beside
it (a "Published ..." or "Updated ..." line, or a ``<time>``). This module finds those; the
HTML reader falls back on trafilatura's values, then on JSON-LD, when they are missing.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any, Iterator, Optional

MAX_HEADLINE_WORDS = 40
AFTER_CHARS = 250    # how much text after the headline may hold its dateline
BEFORE_CHARS = 150   # ... and before it (a date printed above the headline)
_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+|\s+::\s+")
_WORD = re.compile(r"\w+")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATES = (
    (re.compile(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), ("mon", "d", "y")),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})\b", re.I), ("d", "mon", "y")),
)
_SKIP = "[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript) and not(ancestor::template)]"
_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "report", "liveblogposting", "opinionnewsarticle", "backgroundnewsarticle", "webpage"}


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _text(el) -> str:
    return " ".join("".join(el.xpath(".//text()" + _SKIP)).split())


def headline(tree, meta_title: Optional[str], sitename: Optional[str]):
    """(headline text, its element): the <h1> that matches the page title, else the page's only
    <h1>, else None. An <h1> that is the site name (a logo) is never the headline."""
    if tree is None:
        return None, None
    segments = [s for s in _SEPARATORS.split(meta_title or "") if s.strip()]
    main = max(segments, key=len) if segments else ""
    site = {" ".join(words(s)) for s in segments if s is not main} | ({" ".join(words(sitename))} if sitename else set())
    found = []
    for el in tree.iter("h1"):
        text = _text(el)
        w = words(text)
        if not w or len(w) > MAX_HEADLINE_WORDS or any(" ".join(w) in s for s in site if s):
            continue
        found.append((text, el, w))
    if not found:
        return None, None
    if main:
        mw = set(words(main))
        def share(item):
            w = set(item[2])
            return len(w & mw) / len(w), len(w & mw) / max(1, len(mw))
        best = max(found, key=share)
        of_h1, of_title = share(best)
        if of_h1 >= 0.5 and of_title >= 0.3:
            return best[0], best[1]
    if len({" ".join(w) for _, _, w in found}) == 1:
        return found[0][0], found[0][1]
    return None, None


def find_dates(text: str) -> Iterator[tuple[int, str]]:
    """(position, YYYY-MM-DD) of every full date written in text: 2020-06-04, 2020/06/04,
    June 4, 2020, 4 June 2020, 4 Jun, 2020."""
    for pattern, order in _DATES:
        for m in pattern.finditer(text):
            parts = dict(zip(order, m.groups()))
            month = _MONTHS[parts["mon"].lower()[:3]] if "mon" in parts else int(parts["m"])
            try:
                day = dt.date(int(parts["y"]), month, int(parts["d"]))
            except ValueError:
                continue
            if 1990 <= day.year <= 2100:
                yield m.start(), day.isoformat()


def dateline(el) -> Optional[str]:
    """The date printed beside a headline element: the first after it, else the nearest before it."""
    if el is None:
        return None
    after = _window(el.xpath("following::text()" + _SKIP), AFTER_CHARS)
    hits = sorted(find_dates(after))
    if hits:
        return hits[0][1]
    before = _window(reversed(el.xpath("preceding::text()" + _SKIP)), BEFORE_CHARS, backwards=True)
    hits = sorted(find_dates(before))
    return hits[-1][1] if hits else None


def _window(texts, limit: int, backwards: bool = False) -> str:
    out, n = [], 0
    for t in texts:
        t = " ".join(t.split())
        if not t:
            continue
        out.append(t)
        n += len(t) + 1
        if n >= limit:
            break
    if backwards:
        out.reverse()
    text = " ".join(out)
    return text[-limit:] if backwards else text[:limit]


def json_ld(tree) -> dict:
    """headline, published, author and publisher of the page's first article-like JSON-LD object."""
    if tree is None:
        return {}
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        for obj in _objects(data):
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            if not any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                continue
            found = {"headline": _name(obj.get("headline") or obj.get("name")),
                     "published": _name(obj.get("datePublished")),
                     "author": _name(obj.get("author")), "publisher": _name(obj.get("publisher"))}
            if found["headline"] or found["published"]:
                return {k: v for k, v in found.items() if v}
    return {}


def _objects(data: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _objects(data[key], depth + 1)


def _name(value: Any) -> Optional[str]:
    """A plain string from a JSON-LD value: a string, a {"name"} object, or a list of either."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip():
        return " ".join(html.unescape(value).split())
    return None
