"""Datelines: the place a report is filed from, written at the head of a line ("GOMA — ",
"KARACHI, Aug 12 -", "Muscat: ") or before a news agency in brackets ("LIMA (AP) — ")."""
from __future__ import annotations

from .. import docindex
from .gazetteer import CITY, Gazetteer
from .names import COMMON_WORDS, norm
from .spans import span_mention


DASHES = {"—", "–", "-", "--", ":"}


def dateline_mentions(doc, gaz: Gazetteer) -> list:
    """Datelines: a place in capitals opening a line or a sentence and followed by a dash or a
    comma and more of the place ("GOMA — The army ...", "KARACHI, Aug 12 -", "SPRINGFIELD, Ill."),
    or anywhere when a news agency follows it in brackets ("... Press LIMA (AP) — ")."""
    out = []
    for t in docindex.flagged(doc, "IS_UPPER"):
        if not caps_word(t) or (t.i and caps_word(doc[t.i - 1])):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i < 5 and (caps_word(doc[end]) or doc[end].text == "." and len(
                doc[end - 1]) <= 3 and end + 1 < len(doc) and caps_word(doc[end + 1])):    # "ST. LOUIS"
            end += 1
        if end >= len(doc):
            continue
        nxt = doc[end].text
        agency = nxt == "(" and end + 3 <= len(doc) and doc[end + 2].text == ")" and doc[end + 1].text[:1].isupper() \
            and (end + 3 == len(doc) or not doc[end + 3].text[:1].islower())             # "(AP) —", not "(Hons) in"
        opening = t.i == 0 or t.is_sent_start or doc[t.i - 1].is_space or "\n" in doc[t.i - 1].text_with_ws \
            or doc[t.i - 1].text in (".", "!", "?", "|")
        more = nxt == "," and end + 1 < len(doc) and (doc[end + 1].is_title or doc[end + 1].is_upper)
        headline = opening and doc[end].is_title                     # "OKLAHOMA CITY The Latest on ..."
        if not (agency or opening and (nxt in DASHES or more) or headline):
            continue
        m = span_mention(doc, t.i, end, gaz, "dateline")
        if m is not None and m.codes and m.codes[0] % 4 < 2:
            i = m.codes[0] // 4
            if gaz.kind[i] != CITY or gaz.pop[i] >= (100000 if headline and not agency and nxt not in DASHES else 10000):
                out.append(m)
    return out + title_datelines(doc, gaz)


def title_datelines(doc, gaz: Gazetteer) -> list:
    """A dateline in title case opening a line, with a colon or a dash: "Muscat: The festival
    ...", "Brazil: Response stepped up ..."."""
    out = []
    for t in docindex.flagged(doc, "IS_TITLE"):
        if not (t.i == 0 or doc[t.i - 1].is_space or "\n" in doc[t.i - 1].text_with_ws):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i < 3 and doc[end].is_title:
            end += 1
        if end + 1 >= len(doc) or doc[end].text not in DASHES or doc[end].text == "-" or doc[end + 1].is_lower:
            continue
        m = span_mention(doc, t.i, end, gaz, "dateline")
        if m is not None and m.codes and m.codes[0] % 4 < 2 and norm(m.text) not in COMMON_WORDS:
            i = m.codes[0] // 4
            if gaz.kind[i] != CITY or gaz.pop[i] >= 100000:
                out.append(m)
    return out


def caps_word(t) -> bool:
    """A word written in capitals ("GOMA", "ST."), not a one-letter initial."""
    return t.is_upper and len(t.text) > 1 and t.text.rstrip(".").isalpha()
