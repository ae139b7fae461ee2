"""Shared helpers for the geo tests: a Doc with hand-set entities on a blank pipeline."""


def make_doc(blank, text, ents=()):
    """A Doc of ``text`` with entities given as (surface, label), first occurrences in order."""
    doc = blank(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        pos = start + len(surface)
        spans.append(doc.char_span(start, pos, label=label, alignment_mode="expand"))
    doc.ents = spans
    return doc
