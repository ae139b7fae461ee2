"""Quoted text: the stretches between quotation marks in an article.

``find_raw(text)`` pairs the marks (straight, curly, single, doubled apostrophes, guillemets)
paragraph by paragraph and closes an opening mark that is never closed (at the next clause
such as ", while", the sentence before the next opening mark, or the paragraph end). Who said
it, and which stretches count as quotes, is ``quotes``'s work.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

OPEN_D, CLOSE_D, AMBIG_D = "“«„", "”»", '"'
_DOUBLE = re.compile("[%s]|''" % re.escape(OPEN_D + CLOSE_D + AMBIG_D))
CLAUSE_START = re.compile(r"[\s,;]*(?:while|whereas|but|and|as|when|although|though|or)\b", re.I)


@dataclass
class Raw:
    """One quoted stretch: inner text offsets and, once attributed, its speaker."""
    start: int
    end: int
    frags: list = field(default_factory=list)
    unclosed: bool = False
    cue: Optional[object] = None     # the quotes.Cue that attributes it, once found


# ---------------------------------------------------------------- marks

def _mark_kind(text: str, i: int) -> Optional[str]:
    """'o' opening, 'c' closing, or None for a double quote-like mark at i."""
    ch = text[i]
    if ch in OPEN_D:
        return "o"
    if ch in CLOSE_D:
        return "c"
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch == "'" and text[i:i + 2] == "''":
        nxt = text[i + 2] if i + 2 < len(text) else " "
    if prev.isspace() or prev in "([{—–-/:":
        return "o" if not nxt.isspace() else None
    return "c"


def _double_marks(text: str, lo: int, hi: int):
    """(index, kind, width) of double marks in text[lo:hi]: “ ” " « » „ and NYT-style ''."""
    out = []
    for m in _DOUBLE.finditer(text, lo):
        if m.start() >= hi:
            break
        kind = _mark_kind(text, m.start())
        if kind:
            out.append((m.start(), kind, m.end() - m.start()))
    return out


def _single_marks(text: str, lo: int, hi: int):
    """Pairs of single quotes (‘...’ or '...') in text[lo:hi], apostrophes skipped."""
    pairs, open_at = [], None
    for m in re.finditer(r"[‘’']", text[lo:hi]):
        i = lo + m.start()
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None and (prev.isspace() or prev in "([—:") and (nxt.isalnum() or nxt in "…["):
            if m.group() != "’":
                open_at = i
        elif open_at is not None and m.group() != "‘" and not nxt.isalnum() and not prev.isspace():
            pairs.append((open_at + 1, i))
            open_at = None
    return pairs


CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but|and\s+(?:a|an|the)\s)|;\s")
SENT_END = re.compile(r"[.!?…](?=\s+[A-Z“\"‘'])")


def _close_unclosed(text: str, start: int, limit: int) -> int:
    """Where an opening mark never closed ends: a clause break, else a sentence end, else limit."""
    m = CLAUSE_BREAK.search(text, start, limit)
    if m:
        return m.start()
    ends = [m.end() for m in SENT_END.finditer(text, start, limit)]
    return ends[-1] if ends and limit - ends[-1] < 3 else (ends[0] if ends and limit < len(text) else limit)


def _paragraph_quotes(text: str, lo: int, hi: int) -> list:
    """Raw quotes in the paragraph text[lo:hi]."""
    out, open_at = [], None
    marks = _double_marks(text, lo, hi)
    for i, kind, width in marks:
        if kind == "o" and open_at is not None and text[open_at[0] + open_at[1]:i].strip():
            s = open_at[0] + open_at[1]
            out.append(Raw(s, _close_unclosed(text, s, i), unclosed=True))
            open_at = (i, width)
        elif kind == "o" and open_at is None:
            open_at = (i, width)
        elif kind == "c" and open_at is not None:
            out.append(Raw(open_at[0] + open_at[1], i))
            open_at = None
    if open_at is not None:
        s = open_at[0] + open_at[1]
        out.append(Raw(s, _close_unclosed(text, s, hi) if hi - s > 400 else hi, unclosed=True))
    out += [Raw(s, e) for s, e in _top_level_singles(text, lo, hi, out)]
    return sorted(out, key=lambda r: r.start)


def _top_level_singles(text, lo, hi, doubles):
    """Single-quoted stretches that are not inside a double-quoted one."""
    pairs, cur = [], lo
    for r in sorted(doubles, key=lambda r: r.start):
        pairs += _single_marks(text, cur, max(cur, r.start - 1))
        cur = max(cur, r.end + 1)
    return pairs + _single_marks(text, cur, hi)


def find_raw(text: str) -> list:
    """Every quoted stretch in text, paragraph by paragraph, trimmed of space."""
    out, lo = [], 0
    for para in text.split("\n"):
        hi = lo + len(para)
        out += _paragraph_quotes(text, lo, hi)
        lo = hi + 1
    for r in out:
        while r.start < r.end and text[r.start].isspace():
            r.start += 1
        while r.end > r.start and text[r.end - 1].isspace():
            r.end -= 1
        r.frags = [(r.start, r.end)]
    return [r for r in out if r.end > r.start]
