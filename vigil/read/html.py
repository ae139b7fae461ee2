"""Web pages: main text and metadata taken out through trafilatura, never worse than it.

Text: trafilatura's balanced extraction (its defaults: its own fallback extractors compared,
tables kept, comments left out). When that finds little (under ``ENOUGH_WORDS``) it is asked
again with ``favor_recall``, and when it still finds nothing its baseline extractor is used
(JSON-LD ``articleBody``, ``<article>``, then ``<p>`` text), so a page with an article always
gives its text. Each line trafilatura returns stays one paragraph (offsets point into these
paragraphs, joined by blank lines). Boilerplate it lets through (copyright lines, sign-up boxes,
disclosures, page stamps: see boilerplate.py) and the headline repeated as the first line are
dropped and recorded in ``RawDoc.removed``, so cleaning keeps them in ``Article.removed``.

Metadata: the headline is the page's ``<h1>`` matching its ``<title>`` (see pagemeta.py), the
date the one printed beside that headline; trafilatura's values (from the page head, Open
Graph, JSON-LD, htmldate) come next, then the page's own JSON-LD article object.
"""
from __future__ import annotations

import difflib
from typing import Optional

from ..model import RawDoc
from . import boilerplate, pagemeta
from .text import DocError

MIN_WORDS = 8        # fewer words than this is a menu or a stub, not an article
ENOUGH_WORDS = 100   # under this, trafilatura is asked again with favor_recall
EXTRACTION = {"include_comments": False, "include_tables": True}


def _words(text: Optional[str]) -> int:
    return len((text or "").split())


def main_text(html: str):
    """(trafilatura's document with metadata or None, the main text, which extractor gave it)."""
    import trafilatura  # imported lazily: it is slow to import and only pages need it

    doc = trafilatura.bare_extraction(html, with_metadata=True, **EXTRACTION)
    text, how = _text_of(doc), "trafilatura"
    own = _text_of(trafilatura.bare_extraction(html, fast=True, **EXTRACTION))
    if own != text:
        text, how = union(text, own), "trafilatura with its own extractor's paragraphs"
    if _words(text) < ENOUGH_WORDS:
        recall = _text_of(trafilatura.bare_extraction(html, favor_recall=True, **EXTRACTION))
        if _words(recall) > _words(text):
            text, how = recall, "trafilatura favor_recall"
    if _words(text) < MIN_WORDS:
        base = trafilatura.baseline(html)[1]
        if _words(base) > _words(text):
            text, how = base, "trafilatura baseline"
    return doc, text, how


def _text_of(doc) -> str:
    return (getattr(doc, "text", None) or "") if doc is not None else ""


def union(text: str, other: str) -> str:
    """text's lines, with the lines of other that text lacks put in their place (both in page order).

    trafilatura compares its own extractor's result with other algorithms' and may take theirs
    whole; what its own extractor found is kept all the same."""
    a = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]
    b = [" ".join(ln.split()) for ln in other.split("\n") if ln.strip()]
    have = " ".join(a)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        out += a[i1:i2]
        if tag in ("insert", "replace"):
            out += [ln for ln in b[j1:j2] if ln not in have]   # the same text cut into other lines is no news
    return "\n".join(out)


def _tree(html: str):
    from trafilatura.utils import load_html
    try:
        return load_html(html)
    except (ValueError, TypeError):
        return None


def parse_html(html: str, source: str) -> RawDoc:
    doc, text, _ = main_text(html)
    if doc is None:
        import trafilatura
        doc = trafilatura.extract_metadata(html)
    meta = (lambda name: getattr(doc, name, None) or None) if doc is not None else (lambda name: None)
    tree = _tree(html)
    ld = pagemeta.json_ld(tree)
    meta_title = meta("title") or ld.get("headline")
    outlet = meta("sitename") or ld.get("publisher")
    head, head_el = pagemeta.headline(tree, meta_title, outlet)
    title = head or meta_title
    published = pagemeta.dateline(head_el) or meta("date") or ld.get("published")

    paras = [" ".join(p.split()) for p in text.split("\n")]
    paras = [p for p in paras if p]
    removed = []
    titles = {pagemeta.words(t) and " ".join(pagemeta.words(t)) for t in (title, meta_title) if t}
    if paras and " ".join(pagemeta.words(paras[0])) in titles:
        removed.append({"text": paras.pop(0), "reason": "headline repeated in the body"})
    paras, dropped = boilerplate.strip(paras)
    removed += dropped
    if sum(_words(p) for p in paras) < MIN_WORDS:
        raise DocError("HTML page has no article text")
    return RawDoc(source=source, text="\n\n".join(paras), html=html, title=title,
                  byline=meta("author") or ld.get("author"), published=published,
                  url=meta("url"), outlet=outlet, language=meta("language"), removed=tuple(removed))
