"""The spaCy pipeline, loaded once per process, with Vigil's entity ruler.

The ruler sits before the statistical NER, so that our own lexicons win: the
actor dictionary ("People's Mojahedin Organization of Iran" is one ORG) and
the gazetteer ("Isfahan" is a place). Nothing loads at import time.

Bounded work per document, whatever its length: a text longer than ``WINDOW``
characters is annotated in windows (whole paragraphs where it can, else whole
sentences, else whole words) and the windows' docs are joined back into one
Doc whose text is the input exactly, so every offset stays exact; spaCy's own
length limit is never reached. A batch holds at most ``BATCH_CHARS``
characters (spaCy's parser and NER take memory in proportion to a batch's
length). No sentence runs longer than ``MAX_SENTENCE`` tokens: a run without
sentence punctuation is cut, at a comma or the like when one is near, before
the parser sees it.

Speed (DESIGN.md, Speed): the ruler's exact-word patterns match as phrases (vigil.ruler); the
model's attribute ruler and lemmatizer are stood in for by exact, cached equivalents
(vigil.annotators): the same tags, POS, morphology and lemmas in a fraction of the time.
"""
from __future__ import annotations

import functools
import re
import sys

from . import budget, docindex
from .config import DEFAULTS
from .errors import ModelMissing

RULER = "vigil_ruler"
SENTENCE_CAP = "vigil_sentence_cap"
LEMMAS = "vigil_lemma_cache"
ATTRIBUTES = "vigil_attributes"
WINDOW = 10_000          # characters per annotation window
BATCH_CHARS = 100_000    # characters per nlp.pipe batch, at most
MAX_SENTENCE = 200       # tokens per sentence, at most
_SENT_END = frozenset({".", "!", "?", "…"})
_SOFT_BREAK = {",", ";", ":", "—", "–", "-"}
_CUT = re.compile(r"[.!?…][\"'”’»)\]]*\s+")


def load(model: str = DEFAULTS["model"], cache_dir: str | None = None):
    """The spaCy pipeline with Vigil's ruler, built once per process and model."""
    return _load(model, cache_dir)


@functools.lru_cache(maxsize=4)
def _load(model: str, cache_dir: str | None):
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ModelMissing(f"cannot load the spaCy pipeline {model!r}: {e}") from None
    from .ruler import FACTORY
    ruler = nlp.add_pipe(FACTORY, name=RULER, before="ner" if "ner" in nlp.pipe_names else None,
                         config={"phrase_matcher_attr": "ORTH", "validate": False})
    with nlp.select_pipes(enable=[RULER]):   # phrases of ORTH need the tokenizer alone
        ruler.add_patterns(as_phrases(nlp, patterns(cache_dir)))
    if "parser" in nlp.pipe_names:
        from spacy.language import Language
        if not Language.has_factory(SENTENCE_CAP):
            Language.component(SENTENCE_CAP, func=cap_sentences)
        nlp.add_pipe(SENTENCE_CAP, before="parser")
    _stand_ins(nlp)
    return nlp


def _stand_ins(nlp) -> None:
    """The attribute ruler's and the lemmatizer's work done by vigil.annotators' exact and faster
    stand-ins (both are disabled: the stand-in sets every lemma the lemmatizer would, through the
    lemmatizer's own ``lemmatize``, so running it after would change nothing)."""
    from spacy.language import Language
    from .annotators import AttributeCache, LemmaCache, index_as_sets

    names = nlp.pipe_names
    if "attribute_ruler" in names:
        attributes = AttributeCache.of(nlp.get_pipe("attribute_ruler"))
        if attributes is not None:
            if not Language.has_factory(ATTRIBUTES):
                Language.factory(ATTRIBUTES, func=lambda nlp, name: AttributeCache.of(nlp.get_pipe("attribute_ruler")))
            nlp.add_pipe(ATTRIBUTES, after="attribute_ruler")
            nlp.disable_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in names else None
    if lemmatizer is not None and getattr(lemmatizer, "mode", None) in ("rule", "lookup") and not lemmatizer.overwrite:
        if not Language.has_factory(LEMMAS):
            Language.factory(LEMMAS, func=lambda nlp, name: LemmaCache(nlp.get_pipe("lemmatizer")))
        nlp.add_pipe(LEMMAS, before="lemmatizer")
        nlp.disable_pipe("lemmatizer")
        index_as_sets(lemmatizer)


def cap_sentences(doc, limit: int = MAX_SENTENCE):
    """Mark a sentence start in every run of more than ``limit`` tokens without sentence punctuation:
    after the last comma-like token in the run's second half, else at the limit. A document with no
    such run (nearly all) is checked on its token columns, without making a Token."""
    if len(doc) <= limit or _no_long_run(doc, limit):
        return doc
    run, soft = 0, -1
    for i, tok in enumerate(doc):
        if tok.is_sent_start:
            run, soft = 0, -1
        if run >= limit:
            cut = soft + 1 if soft >= i - limit // 2 else i
            doc[cut].is_sent_start = True
            run, soft = i - cut, -1
        run += 1
        text = tok.text
        if text in _SENT_END:
            run, soft = 0, -1
        elif text in _SOFT_BREAK:
            soft = i
    return doc


def _no_long_run(doc, limit: int) -> bool:
    """Is every run between sentence starts and sentence punctuation at most ``limit`` tokens? (It
    reads ``Doc.to_array``, not ``docindex.column``: this runs on a window's doc, which is joined later.)"""
    import numpy as np
    resets = np.union1d(np.flatnonzero(doc.to_array("SENT_START") == 1),
                        np.flatnonzero(np.isin(doc.to_array("ORTH"), docindex.hashes(_SENT_END))) + 1)
    points = np.union1d(resets, [0, len(doc)])
    return int(np.diff(points).max()) <= limit


def patterns(cache_dir: str | None = None) -> list:
    """Actor patterns first (an organisation named after a place stays an organisation)."""
    from .extract import actors
    from . import geo

    found = list(actors.ruler_patterns())
    taken = {p["pattern"] for p in found if isinstance(p.get("pattern"), str)}
    found += [p for p in geo.ruler_patterns(geo.load_gazetteer(cache_dir))
              if not (isinstance(p.get("pattern"), str) and p["pattern"] in taken)]
    return found


def as_phrases(nlp, found: list) -> list:
    """The patterns, each one of exact words (every token ``{"ORTH": word}``) turned into a phrase
    pattern when the tokenizer cuts its words back out of them joined by spaces: the ruler matches
    phrases by their words (ORTH) through one lookup per token, token patterns one by one at every
    token. The same matches; the ruler takes about half the time it did with 2,570 token patterns."""
    out = []
    for p in found:
        pat = p["pattern"]
        if isinstance(pat, list) and pat and all(list(t) == ["ORTH"] and isinstance(t["ORTH"], str) for t in pat):
            words = [t["ORTH"] for t in pat]
            text = " ".join(words)
            if [t.text for t in nlp.make_doc(text)] == words:
                p = dict(p, pattern=text)
        out.append(p)
    return out


def annotate(nlp, items, batch_size: int = 32, workers: int = 1, window: int = WINDOW):
    """Yield (doc, context) for (text, context) pairs, streaming through nlp.pipe in this process;
    a text longer than ``window`` goes through in windows and comes back as one Doc of exactly that
    text. ``workers`` is ignored: worker processes are vigil.pool's, each running one such stream."""
    kwargs = {"batch_size": max(1, min(batch_size, BATCH_CHARS // window))}

    def pieces():
        for text, ctx in items:
            parts = windows(text, window)
            for k, part in enumerate(parts):
                budget.check()  # a long text stops between windows once over its time limit
                yield part, (ctx, text if k == len(parts) - 1 else None)

    done: list = []
    try:
        for doc, (ctx, whole) in nlp.pipe(pieces(), as_tuples=True, **kwargs):
            done.append(doc)
            if whole is not None:
                doc = done[0] if len(done) == 1 else join(done)
                docindex.know_text(doc, whole)     # doc.text is the input exactly: not rebuilt
                yield doc, ctx
                done = []
    except KeyboardInterrupt:
        print("vigil: interrupted", file=sys.stderr)
        raise


def join(docs):
    """One Doc from consecutive windows' docs; its text is theirs put end to end, exactly."""
    from spacy.tokens import Doc
    return Doc.from_docs(docs, ensure_whitespace=False)


def windows(text: str, size: int = WINDOW) -> list:
    """``text`` cut into pieces of at most ``size`` characters that put together give it back:
    cut after a paragraph break if there is one in the piece's second half, else after a sentence's
    end, else after a space, else anywhere."""
    out, start, n = [], 0, len(text)
    while n - start > size:
        lo, hi = start + size // 2, start + size
        cut = text.rfind("\n\n", lo, hi)
        if cut >= 0:
            cut += 2
        else:
            ends = [m.end() for m in _CUT.finditer(text, lo, hi)]
            cut = ends[-1] if ends else text.rfind(" ", lo, hi) + 1 or hi
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def first_line(error: BaseException) -> str:
    """An exception's message cut to its first line (spaCy's run on), for a one-line failure."""
    return (str(error).strip().splitlines() or [""])[0][:300]
