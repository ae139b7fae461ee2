"""Cleaning: Unicode normalisation and removal of repeated paragraphs and sentences.

The cleaned text is what every offset in the output points into, so cleaning
happens once, before annotation, and what it drops (with what a reader dropped as page
boilerplate, ``RawDoc.removed``) is recorded in
``Article.removed`` (the text and the reason) rather than lost.
"""
from __future__ import annotations

import re
import unicodedata

from .language import detect
from .model import Article, RawDoc, content_id

# Characters that carry no text: zero-width marks, soft hyphens, BOMs, C0/C1 controls but \n and \t.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]
    + [c for c in range(0x20) if c not in (0x09, 0x0A)] + list(range(0x7F, 0xA0)))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SENT = re.compile(r"[^.!?]+(?:[.!?]+[\"'”’»)]*|$)\s*")
_FOLD = str.maketrans("‘’‚“”„«»", "'''\"\"\"\"\"")
MIN_REPEAT = 40      # a repeated sentence shorter than this (a short slogan, say) is kept


def normalise(text: str) -> str:
    """NFC, no invisible characters, one space between words, paragraphs split by one blank line."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_INVISIBLE)
    paras = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_SPACES.sub(" ", ln).strip() for ln in block.split("\n")]
        block = "\n".join(ln for ln in lines if ln)
        if block:
            paras.append(block)
    return "\n\n".join(paras)


def fold(s: str) -> str:
    """A key for comparing two passages: case, quote marks and spacing ignored."""
    return " ".join(s.translate(_FOLD).casefold().split())


def dedupe(text: str) -> tuple[str, list[dict]]:
    """Drop paragraphs, then sentences, that repeat an earlier one word for word."""
    removed, seen_paras, seen_sents, kept = [], set(), set(), []
    for para in text.split("\n\n"):
        key = fold(para)
        if key in seen_paras:
            removed.append({"text": para, "reason": "repeated paragraph"})
            continue
        seen_paras.add(key)
        sentences = []
        for sent in _SENT.findall(para):
            k = fold(sent)
            if len(k) >= MIN_REPEAT and k in seen_sents:
                removed.append({"text": sent.strip(), "reason": "repeated sentence"})
                continue
            seen_sents.add(k)
            sentences.append(sent)
        para = "".join(sentences).strip()
        if para:
            kept.append(para)
    return "\n\n".join(kept), removed


def clean(raw: RawDoc) -> Article:
    """The Article for a readable RawDoc."""
    text, removed = dedupe(normalise(raw.text or ""))
    if not text:
        raise ValueError("no text left after cleaning")
    title = normalise(raw.title).replace("\n", " ") if raw.title else None
    return Article(id=content_id((title or "") + "\n" + text), source_id=raw.id, title=title,
                   byline=raw.byline, published=_iso_date(raw.published), url=raw.url,
                   outlet=raw.outlet, language=detect(text, raw.language), source=raw.source, text=text,
                   country=(raw.country or None) and raw.country.upper(),
                   removed=tuple(raw.removed) + tuple(removed))


def _iso_date(value):
    if not value:
        return None
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
    return m.group(1) if m else None
