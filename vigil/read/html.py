"""Web pages: text and metadata taken out through trafilatura."""
from __future__ import annotations

from ..model import RawDoc
from .text import DocError

MIN_WORDS = 8   # fewer words than this is a menu or a stub, not an article


def parse_html(html: str, source: str) -> RawDoc:
    import trafilatura  # imported lazily: it is slow to import and only pages need it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise DocError("HTML page has no article text")
    title = getattr(doc, "title", None)
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    if title and paras and paras[0] == title.strip():
        paras = paras[1:]
    if sum(len(p.split()) for p in paras) < MIN_WORDS:
        raise DocError("HTML page has no article text")
    return RawDoc(source=source, text="\n\n".join(paras), html=html, title=title,
                  byline=getattr(doc, "author", None), published=getattr(doc, "date", None),
                  url=getattr(doc, "url", None), outlet=getattr(doc, "sitename", None),
                  language=getattr(doc, "language", None))
