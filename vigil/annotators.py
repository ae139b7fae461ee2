"""Exact, faster stand-ins for two of the spaCy model's rule components (vigil.nlp installs them).

- ``AttributeCache`` does the attribute ruler's work (tag -> POS and morphology, a few word
  exceptions): the ruler's Matcher tries its 179 patterns at every token; here the one-token
  patterns' matches are remembered per distinct (tag, word, dependency, is-space), every word no
  pattern names counting as one (about 800 keys on 200 news articles); the longer patterns
  ("There were", "gon na", "let 's") are tried only where a token passes their first token's
  test, itself remembered in the same cache (a Matcher run over every token of every document
  took a twentieth of the whole extraction); the ruler's own code applies them, in its order.
- ``LemmaCache`` sets the lemmatizer's own lemma, remembered by (word, POS, morphology): all a
  rule or lookup lemma depends on. spaCy's lemmatizer recomputes most of them (its cache skips
  proper nouns and base forms); the lemmatizer that runs next finds every lemma set.
Both give the tokens exactly the attributes the components they stand in for give them.
"""
from __future__ import annotations

import re

# token attributes a one-token pattern may test, each read off a Token for the cache key
_LOCAL = {"ORTH": "orth", "TEXT": "orth", "LOWER": "lower", "NORM": "norm", "TAG": "tag", "POS": "pos",
          "DEP": "dep", "LEMMA": "lemma", "IS_SPACE": "is_space", "IS_PUNCT": "is_punct",
          "IS_ALPHA": "is_alpha", "IS_DIGIT": "is_digit", "SHAPE": "shape", "PREFIX": "prefix",
          "SUFFIX": "suffix", "LENGTH": "__len__"}
_WORDS = {"ORTH", "TEXT", "LOWER", "NORM"}   # string attributes whose unnamed values all test alike
# the same attributes as Doc.to_array reads them (the same values: hashes, ids, 0/1 for flags)
_IDS = {g: {"__len__": "LENGTH"}.get(g, g.upper()) for g in set(_LOCAL.values())}


# Entries a per-word cache holds before it starts again: every word a corpus has not used before
# adds one (about 1 KB over the lemma, attribute and signal caches together), so the bound is what
# keeps a long run's memory flat (in-process, 8,000 short reports into SQLite: flat at a bound of
# 1,000, +0.95 KB a report at 50,000). 10,000 holds the common words of news, and a cleared cache
# refills with them at once (CPU a document on 200 news pages: no difference beyond noise).
CACHE_LIMIT = 10_000
FIRST = "vigil_first_of_longer"   # the Matcher key of the longer patterns' first tokens


class AttributeCache:
    """The attribute ruler ``ruler``'s annotations; build with ``AttributeCache.of(ruler)``."""

    def __init__(self, ruler, single, multi, getters: tuple, words: dict, limit: int = CACHE_LIMIT,
                 reach: int = 0):
        """``reach``: the length of the longer patterns when all are of fixed length and each begins
        with a one-token pattern in ``single`` under ``FIRST`` (then they are tried only where that
        matches); 0: ``multi`` runs over every document."""
        self.ruler, self.single, self.multi, self.limit, self.reach = ruler, single, multi, limit, reach
        self.first = ruler.vocab.strings[FIRST]
        self.getters, self.cache = getters, {}
        self.strings = ruler.vocab.strings
        # a word no pattern names (nor matches by REGEX) tests like any other such word: keyed as 0
        self.words = {g: (frozenset(self.strings.add(w) for w in ws), rxs, {}) for g, (ws, rxs) in words.items()}
        self.ids = [_IDS[g] for g in getters]
        self.word_cols = [(k, self.words[g]) for k, g in enumerate(getters) if g in self.words]

    def _keys(self, doc) -> list:
        """Each token's cache key: its values of ``getters``, read for the whole doc at once
        (``Doc.to_array``: no Token object is made), a word no pattern names read as 0."""
        rows = doc.to_array(self.ids).tolist()
        for col, (named, rxs, seen) in self.word_cols:
            for row in rows:
                value = row[col]
                kept = seen.get(value)
                if kept is None:
                    if len(seen) >= self.limit:
                        seen.clear()
                    text = self.strings[value]
                    kept = seen[value] = value if value in named or any(rx.search(text) for rx in rxs) else 0
                row[col] = kept
        return [tuple(row) for row in rows]

    @classmethod
    def of(cls, ruler):
        """The stand-in, or None when a pattern tests something beyond its own token's attributes."""
        from spacy.matcher import Matcher

        single, multi = Matcher(ruler.vocab), Matcher(ruler.vocab)
        attrs, words, longer = set(), {}, []
        for i, index in enumerate(ruler.indices):
            key = str(i)
            _, patterns = ruler.matcher.get(ruler.vocab.strings[key])
            for pattern in patterns:
                if len(pattern) == 1:
                    if index not in (0, -1) or not _local(pattern[0]):
                        return None
                    _note(pattern[0], attrs, words)
                    single.add(key, [pattern])
                else:
                    multi.add(key, [pattern])
                    longer.append(pattern)
        reach = 0
        if longer and all(_local(tok) for p in longer for tok in p) \
                and len({len(p) for p in longer}) == 1:
            reach = len(longer[0])
            for p in longer:
                _note(p[0], attrs, words)
            single.add(FIRST, [[p[0]] for p in longer])
        getters = tuple(sorted({_LOCAL[a] for a in attrs}))
        return cls(ruler, single, multi, getters, words, reach=reach)

    def __call__(self, doc):
        strings, cache = self.strings, self.cache
        if len(cache) >= self.limit:
            cache.clear()
        if not len(doc):
            return doc
        keys = self._keys(doc)
        first = self.first
        for i, key in enumerate(keys):
            if key not in cache:   # the one-token patterns run on this token answer for every token so keyed
                found = self.single(doc[i:i + 1], allow_missing=True)
                cache[key] = (tuple(sorted((int(strings[m]), m) for m, _, _ in found if m != first)),
                              any(m == first for m, _, _ in found))
        matches = [(rule, m, i, i + 1) for i, key in enumerate(keys) for rule, m in cache[key][0]]
        if self.reach:      # the longer patterns, where a token passes the test of their first token
            for i, key in enumerate(keys):
                if cache[key][1]:
                    matches.extend((int(strings[m]), m, i, i + e) for m, s, e in
                                   self.multi(doc[i:i + self.reach], allow_missing=True) if s == 0)
        elif len(self.multi):
            matches.extend((int(strings[m]), m, s, e) for m, s, e in self.multi(doc, allow_missing=True))
        matches.sort()
        self.ruler.set_annotations(doc, matches)
        return doc


def _local(token: dict) -> bool:
    """Does a token pattern test only its own token's attributes, with plain values (no operator)?"""
    return {name.upper() for name in token} <= set(_LOCAL) and \
        all(isinstance(v, (str, bool, int)) or _plain_set(v) for v in token.values())


def _note(token: dict, attrs: set, words: dict) -> None:
    """Add a one-token test's attributes to ``attrs`` and the words it names to ``words``."""
    attrs |= {name.upper() for name in token}
    for name, value in token.items():
        if name.upper() in _WORDS:
            seen = words.setdefault(_LOCAL[name.upper()], (set(), []))
            if isinstance(value, str):
                seen[0].add(value)
            else:
                seen[0].update(x for k, v in value.items() if k != "REGEX" for x in v)
                seen[1].extend(re.compile(v) for k, v in value.items() if k == "REGEX")


def _plain_set(value) -> bool:
    """A pattern value of IN / NOT_IN lists of strings or a REGEX (a test on the token alone)."""
    return isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"} and \
        all(isinstance(v, str) if k == "REGEX" else all(isinstance(x, str) for x in v) for k, v in value.items())


class LemmaCache:
    """The lemmatizer ``lemmatizer``'s lemma for every token without one."""

    def __init__(self, lemmatizer, limit: int = CACHE_LIMIT):
        self.lemmatizer, self.limit, self.cache = lemmatizer, limit, {}

    def __call__(self, doc):
        if not len(doc):
            return doc
        cache, lemmatize, strings = self.cache, self.lemmatizer.lemmatize, doc.vocab.strings
        lemmas = doc.to_array(["LEMMA", "ORTH", "POS", "MORPH"])    # no Token object made but for a new key
        for i, (lemma, orth, pos, morph) in enumerate(lemmas.tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                text = cache.get(key)
                if text is None:
                    if len(cache) >= self.limit:
                        cache.clear()
                    text = cache[key] = lemmatize(doc[i])[0]
                # the lemma's text is kept, not its hash: a string added inside a spaCy memory zone
                # is gone when the zone ends, so each use adds it again (pipeline._zone)
                lemmas[i, 0] = strings.add(text)
        doc.from_array(["LEMMA"], lemmas[:, 0])
        return doc


def index_as_sets(lemmatizer) -> None:
    """The rule lemmatizer's word lists (``lemma_index``: 57,000 nouns, 21,000 verbs ...) made sets:
    it asks whether each candidate form is in them, a scan of the whole list every time; the same
    answers, in one lookup (a first lemmatization went from about 0.3 ms to a few microseconds)."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
