"""The spaCy pipeline, loaded once per process, with Vigil's entity ruler.

The ruler sits before the statistical NER, so that our own lexicons win: the
actor dictionary ("People's Mojahedin Organization of Iran" is one ORG) and
the gazetteer ("Isfahan" is a place). Nothing loads at import time.
"""
from __future__ import annotations

import functools
import sys

from .config import DEFAULTS
from .errors import AnnotationError, ModelMissing

RULER = "vigil_ruler"


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
    ruler = nlp.add_pipe("entity_ruler", name=RULER, before="ner" if "ner" in nlp.pipe_names else None,
                         config={"phrase_matcher_attr": "ORTH", "validate": False})
    ruler.add_patterns(patterns(cache_dir))
    return nlp


def patterns(cache_dir: str | None = None) -> list:
    """Actor patterns first (an organisation named after a place stays an organisation)."""
    from .extract import actors
    from . import geo

    found = list(actors.ruler_patterns())
    taken = {p["pattern"] for p in found if isinstance(p.get("pattern"), str)}
    found += [p for p in geo.ruler_patterns(geo.load_gazetteer(cache_dir))
              if not (isinstance(p.get("pattern"), str) and p["pattern"] in taken)]
    return found


def annotate(nlp, items, batch_size: int = 32, workers: int = 1):
    """Yield (doc, context) for (text, context) pairs, streaming through nlp.pipe, in order.

    A document spaCy cannot annotate yields (AnnotationError, context) in place of its doc: when
    one document breaks a batch, the rest of the batch is annotated one document at a time, so
    only that document fails."""
    items = list(items)
    kwargs = {"batch_size": batch_size}
    if workers and workers > 1:
        kwargs["n_process"] = workers
    done = 0
    try:
        for doc, context in nlp.pipe(items, as_tuples=True, **kwargs):
            done += 1
            yield doc, context
        return
    except KeyboardInterrupt:
        print("vigil: interrupted", file=sys.stderr)
        raise
    except Exception:  # noqa: BLE001  one document broke the batch: find it by annotating one by one
        pass
    for text, context in items[done:]:
        try:
            doc = nlp(text)
        except KeyboardInterrupt:
            raise
        except Exception as e:  # noqa: BLE001
            doc = AnnotationError(f"annotation failed: {type(e).__name__}: {_first_line(e)}")
        yield doc, context


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [""])[0][:300]
