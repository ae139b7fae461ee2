"""Views of an annotated spaCy Doc, built once per Doc and kept in ``doc.user_data``.

spaCy rebuilds ``doc.text``, ``doc.ents`` and ``doc.sents`` on every access, each a walk over
the whole document; an extractor that reads them once per mention or per event word takes time
in the square of the document's length. These views cost one walk each, and the lookups by
character offset are bisections.

Token columns (``column``, ``where``) read one attribute of every token at once
(``Doc.to_array``: no Token object is made); a pass that looks for a few words finds them by
their hashes and makes Tokens for those alone. Only attributes fixed by the tokenizer (the
word's text, lowercase form, offset, shape flags) are kept: they never change afterwards.
"""
from __future__ import annotations

import bisect

import numpy as np

FIXED = frozenset({"ORTH", "LOWER", "IDX", "IS_TITLE", "IS_UPPER", "IS_DIGIT", "LIKE_NUM", "IS_SPACE"})
_HASHES: dict = {}
HASHES_LIMIT = 256      # word sets whose hashes are kept (the fixed lists of the extractors, and more)


def _cached(doc, key: str, build):
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build()
    return value


def text(doc) -> str:
    """doc.text (asked some twenty times a document: read without a closure or a call)."""
    found = doc.user_data.get("vigil_text")
    if found is None:
        found = doc.user_data["vigil_text"] = doc.text
    return found


def know_text(doc, text: str) -> None:
    """Remember ``text`` as doc.text (the caller made ``doc`` from exactly this text)."""
    doc.user_data["vigil_text"] = text


def ents(doc) -> list:
    """doc.ents, as a list of spans in document order."""
    return _cached(doc, "vigil_ents", lambda: list(doc.ents))


def ent_starts(doc) -> list:
    """The start character of each of ``ents(doc)``."""
    return _cached(doc, "vigil_ent_starts", lambda: [e.start_char for e in ents(doc)])


def ent_around(doc, start: int, end: int):
    """The entity whose characters hold [start, end), or None (entities never overlap)."""
    k = bisect.bisect_right(ent_starts(doc), start) - 1
    if k >= 0:
        ent = ents(doc)[k]
        if end <= ent.end_char:
            return ent
    return None


def ents_starting_in(doc, s: int, e: int) -> list:
    """The entities whose first token is in [s, e), in document order."""
    starts = _cached(doc, "vigil_ent_token_starts", lambda: [x.start for x in ents(doc)])
    return ents(doc)[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]


def ents_within(span) -> list:
    """``span.ents``: the entities from the first that starts in it, while they end inside it."""
    doc = span.doc
    out = []
    for ent in ents_starting_in(doc, span.start, len(doc)):
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def noun_chunks_ending(doc, i: int) -> list:
    """The noun chunks whose last token is just before token ``i``, in document order."""
    def build():
        by_end: dict = {}
        for c in doc.noun_chunks:
            by_end.setdefault(c.end, []).append(c)
        return by_end
    return _cached(doc, "vigil_noun_chunks", build).get(i, [])


def token_starts(doc) -> list:
    """The start character of every token."""
    starts = doc.user_data.get("vigil_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["vigil_token_starts"] = doc.to_array("IDX").tolist()
    return starts


def tokens(doc) -> list:
    """``list(doc)``: every Token, made once per document. ``tokens(doc)[s:e]`` walks what
    ``doc[s:e]`` walks (the same slice rules) without making each Token again (about 0.1 us a
    word on each walk). Made again if the doc was retokenized since."""
    toks = doc.user_data.get("vigil_tokens")
    if toks is None or len(toks) != len(doc):
        toks = doc.user_data["vigil_tokens"] = list(doc)
    return toks


def tokens_between(doc, lo: int, hi: int) -> list:
    """Tokens that start in [lo, hi)."""
    starts = token_starts(doc)
    return list(doc[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)])


def token_index(doc, pos: int) -> int:
    """The index of the token holding (or, in whitespace, the last one before) character ``pos``."""
    return max(0, bisect.bisect_right(token_starts(doc), pos) - 1)


def _sents(doc) -> tuple:
    held = doc.user_data.get("vigil_sents")
    if held is None or held[0] != len(doc):
        sents = list(doc.sents)
        held = doc.user_data["vigil_sents"] = (len(doc), sents, [x.start for x in sents])
    return held


def sents(doc) -> list:
    """``list(doc.sents)``, made once per document (spaCy's walks every token and makes each
    sentence's Span again at each call)."""
    return _sents(doc)[1]


def sent_index(doc, i: int) -> int:
    """The index in ``sents(doc)`` of the sentence holding token ``i``, by bisection."""
    return bisect.bisect_right(_sents(doc)[2], i) - 1


def sent_of(tok):
    """``tok.sent``, the sentence holding the token, found by bisection in the document's sentences
    (listed once); spaCy's own walks the sentence and checks the whole document's annotation at each
    call (about 9 us). ``sent_of(doc[span.start])`` is ``span.sent`` for a span inside one sentence."""
    held = _sents(tok.doc)
    return held[1][bisect.bisect_right(held[2], tok.i) - 1]


def span(doc, s: int, e: int):
    """``doc[s:e]``, made once per document for each (s, e): spaCy makes a new Span at every slice
    (about 2 us, most of it checking the slice in Python), and the event coder reads the same few
    spans (a clause, an actor mention) again and again (``.root``, ``.start_char``). Made again if
    the doc was retokenized since."""
    held = doc.user_data.get("vigil_spans")
    if held is None or held[0] != len(doc):
        held = doc.user_data["vigil_spans"] = (len(doc), {})
    found = held[1].get((s, e))
    if found is None:
        found = held[1][(s, e)] = doc[s:e]
    return found


def per_sentence(sent, key: str, build):
    """``build(sent)``, worked out once per sentence of the doc (kept in its user_data under ``key``)."""
    seen = sent.doc.user_data.setdefault(key, {})
    span = (sent.start, sent.end)
    if span not in seen:
        seen[span] = build(sent)
    return seen[span]


def sent_bounds(doc) -> list:
    """(start, end) characters of every sentence."""
    return _cached(doc, "vigil_sent_bounds", lambda: [(s.start_char, s.end_char) for s in doc.sents])


def sent_starts(doc) -> list:
    return _cached(doc, "vigil_sent_starts", lambda: [b[0] for b in sent_bounds(doc)])


def sentence_bounds_at(doc, pos: int) -> tuple:
    """(start, end) characters of the sentence holding the character at ``pos``."""
    bounds = sent_bounds(doc)
    k = bisect.bisect_right(sent_starts(doc), pos) - 1
    return bounds[k] if 0 <= k < len(bounds) else (0, len(text(doc)))


def positions(doc, needle: str) -> list:
    """Every offset where ``needle`` occurs in the text, in order."""
    def build():
        t, out, i = text(doc), [], -1
        while True:
            i = t.find(needle, i + 1)
            if i < 0:
                return out
            out.append(i)
    return _cached(doc, "vigil_pos_" + needle, build)


def last_before(offsets: list, pos: int) -> int:
    """The last of sorted ``offsets`` below ``pos``, or -1 (``text.rfind`` by bisection)."""
    k = bisect.bisect_left(offsets, pos) - 1
    return offsets[k] if k >= 0 else -1


def first_from(offsets: list, pos: int) -> int:
    """The first of sorted ``offsets`` at or after ``pos``, or -1 (``text.find`` by bisection)."""
    k = bisect.bisect_left(offsets, pos)
    return offsets[k] if k < len(offsets) else -1


def lowers(doc) -> list:
    """Every token's lower-case form, ``doc[i].lower_``, read once from the LOWER column: a pass that
    tests a token's word several times, or the words after it, makes no Token and no string for
    them (``lowers(doc)[t.i:t.i + 3]``). Read again if the doc was retokenized since."""
    low = doc.user_data.get("vigil_lowers")
    if low is None or len(low) != len(doc):
        low = doc.user_data["vigil_lowers"] = _strings_of(doc, "LOWER")
    return low


def word_sets(doc) -> tuple:
    """(every token's lower-case form, every token's lemma in lower case), each as a set, read once
    per document from its arrays: a rule that needs one of a few words (``t.lemma_.lower() in
    WAR_NOUNS``) asks first whether the document has any (``WAR_NOUNS.isdisjoint(lemmas)``), and
    most have none. Read again if the doc was retokenized since (lemmas, like the lowers, are set
    before the extractors run)."""
    held = doc.user_data.get("vigil_word_sets")
    if held is None or held[0] != len(doc):
        held = doc.user_data["vigil_word_sets"] = (len(doc), set(lowers(doc)), set(lemmas(doc)))
    return held[1], held[2]


def lemmas(doc) -> list:
    """Every token's lemma in lower case, ``doc[i].lemma_.lower()``, read once from the LEMMA column
    (each distinct lemma lowered once per process): a pass over a draft's words reads
    ``lemmas(doc)[s:e]`` and makes no Token for them. Read again if the doc was retokenized since."""
    held = doc.user_data.get("vigil_lemmas")
    if held is None or len(held) != len(doc):
        strings, memo = doc.vocab.strings, _LEMMA_LOWER
        if len(memo) >= LEMMA_LIMIT:
            memo.clear()
        col = doc.to_array("LEMMA").tolist()
        for h in set(col).difference(memo):
            memo[h] = strings[h].lower()
        held = doc.user_data["vigil_lemmas"] = list(map(memo.__getitem__, col))
    return held


_LEMMA_LOWER: dict = {}     # a lemma's hash -> the lemma in lower case, for the lemmas seen so far
LEMMA_LIMIT = 50_000        # lemmas kept (then the table starts again: it only saves string lookups)


def column(doc, attr: str) -> np.ndarray:
    """Every token's value of ``attr``, as ``Doc.to_array`` gives it (kept for the attributes in
    ``FIXED``; read again each time for those a later component may set: LEMMA, TAG, ...)."""
    if attr not in FIXED:
        return doc.to_array(attr)
    return _cached(doc, "vigil_col_" + attr, lambda: doc.to_array(attr))


def hashes(words: frozenset, keep: bool = True) -> np.ndarray:
    """The string hashes of ``words`` (a frozenset: it keys the cache), as a sorted array; a set
    used once (one document's own words) is hashed without being kept (``keep=False``)."""
    found = _HASHES.get(words)
    if found is None:
        from spacy.strings import get_string_id
        found = np.array(sorted({get_string_id(w) for w in words}), dtype=np.uint64)
        if keep:
            if len(_HASHES) >= HASHES_LIMIT:    # the bound stays, should a caller keep many sets
                _HASHES.clear()
            _HASHES[words] = found
    return found


def where(doc, attr: str, words: frozenset, keep: bool = True) -> list:
    """The tokens, in order, whose ``attr`` (ORTH, LOWER, LEMMA, ...) is one of ``words``."""
    return [doc[i] for i in np.flatnonzero(np.isin(column(doc, attr), hashes(words, keep))).tolist()]


def flagged(doc, attr: str) -> list:
    """The tokens, in order, whose flag ``attr`` (IS_TITLE, IS_UPPER, ...) is set."""
    return [doc[i] for i in np.flatnonzero(column(doc, attr)).tolist()]


_STRINGS: dict = {}     # a hash -> its string, for the words seen so far
STRINGS_LIMIT = 50_000  # strings kept (then the table starts again: it only saves StringStore look-ups)


def _strings_of(doc, attr: str) -> list:
    """Every token's ``attr`` (LOWER, ...) as its string, ``doc[i].lower_``: each distinct value looked up
    in the StringStore once per process."""
    col, memo = doc.to_array(attr).tolist(), _STRINGS
    if len(memo) >= STRINGS_LIMIT:
        memo.clear()
    strings = doc.vocab.strings
    for h in set(col).difference(memo):
        memo[h] = strings[h]
    return list(map(memo.__getitem__, col))
