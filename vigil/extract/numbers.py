"""Numbers as reports write them: digits ("12", "1,000", "1.5", "3 million"), words ("two
hundred and five"), vague quantities with the values the ACLED codebook gives them ("dozens"
= 12, "hundreds" = 100), qualifiers ("at least", "more than", "about") and ranges ("10-20").
Reads only ``lower_`` and ``text`` of the tokens given; ``counts`` decides whom a number counts.
"""
from __future__ import annotations

import re
from typing import Optional

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "lakh": 100_000, "crore": 10_000_000}
# Vague quantities with the values ACLED codes them as (dozens 12, hundreds 100).
VAGUE = {"dozens": 12, "dozen": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "tens": 10,
         "several": 3, "few": 3, "many": 10, "numerous": 10, "multiple": 3, "some": 3, "both": 2}
QUALIFIERS = [(("at", "least"), "at least"), (("no", "fewer", "than"), "at least"),
              (("no", "less", "than"), "at least"), (("a", "minimum", "of"), "at least"),
              (("more", "than"), "more than"), (("over",), "more than"), (("upwards", "of"), "more than"),
              (("in", "excess", "of"), "more than"), (("nearly",), "about"), (("almost",), "about"),
              (("about",), "about"), (("around",), "about"), (("approximately",), "about"),
              (("roughly",), "about"), (("some",), "about"), (("an", "estimated"), "about"),
              (("estimated",), "about"), (("close", "to"), "about"), (("up", "to"), "up to"),
              (("as", "many", "as"), "up to"), (("at", "most"), "up to")]
QUALIFIER_WORDS = max(len(words) for words, _ in QUALIFIERS)


def word_number(tokens, i):
    """(value, next index) for number words starting at tokens[i] ("two hundred and five"), else None.
    "and" joins only after a scale word: "three and five" is two numbers (a range, a list)."""
    total, current, j, seen, scaled = 0, 0, i, False, False
    while j < len(tokens):
        w = tokens[j].lower_
        parts = w.split("-") if "-" in w and all(p in UNITS or p in TENS for p in w.split("-")) else [w]
        if all(p in UNITS or p in TENS for p in parts):
            current += sum(UNITS.get(p, 0) + TENS.get(p, 0) for p in parts)
        elif w in SCALES and seen:
            scaled = True
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        elif w == "and" and scaled and j + 1 < len(tokens) and (tokens[j + 1].lower_ in UNITS or tokens[j + 1].lower_ in TENS):
            pass
        else:
            break
        seen, j = True, j + 1
    return (total + current, j) if seen else None


_DIGIT = re.compile(r"\d")


def digit_number(tok) -> Optional[int]:
    t = tok.text.replace(",", "")
    if t.isdecimal():  # "²" is a digit to isdigit() but not to int()
        return int(t)
    if not _DIGIT.search(t):
        return None   # no digit: float() fails or gives "inf" or "nan", no number either way (and a
        #               word's ValueError costs about 1 us; next_number asks of a dozen words)
    try:
        f = float(t)
    except ValueError:
        return None
    return int(f) if f == f and f < 1e12 else None


def parse_number(tokens, i):
    """(value, next index, vague) for a quantity starting at token i, else None."""
    tok = tokens[i]
    v = digit_number(tok)
    if v is not None:
        j = i + 1
        if j < len(tokens) and tokens[j].lower_ in SCALES:
            v, j = v * SCALES[tokens[j].lower_], j + 1
        elif j < len(tokens) and tokens[j].lower_ in ("million", "m"):
            v, j = v * 1_000_000, j + 1
        return v, j, False
    wn = word_number(tokens, i)
    if wn:
        return wn[0], wn[1], False
    w = tok.lower_
    if w in VAGUE:
        j = i + 1
        if j < len(tokens) and tokens[j].lower_ == "of":
            j += 1
        return VAGUE[w], j, True
    return None


def qualifier_before(tokens, i):
    """(qualifier, first token index) for the words right before the number."""
    before = tuple(t.lower_ for t in tokens[max(0, i - QUALIFIER_WORDS):i])
    for words, q in QUALIFIERS:
        n = len(words)
        if i - n >= 0 and before[len(before) - n:] == words:
            return q, i - n
    return None, i


def range_after(tokens, j, low, between=False):
    """A high bound right after a number ("10-20", "10 to 20"): (high, next index) or None."""
    seps = ("-", "to", "–", "or", "and") if between else ("-", "to", "–", "or")
    if j + 1 < len(tokens) and tokens[j].lower_ in seps:
        p = parse_number(tokens, j + 1)
        if p and not p[2] and p[0] > low:
            return p[0], p[1]
    return None
