"""The learned event classifier: ACLED sub-event type, or no political event, for one draft.

It reads what the rules read, never the raw document alone: the draft's words (lemmas, with
places, people, dates and numbers masked so that it learns actions, not countries), the signal
classes and phrases the lexicon found, the typed facts (who acted, who was hit, with what), the
actor types by role, and the rules' own answer. It is two scikit-learn linear models on those
features (each ``DictVectorizer`` -> ``TfidfTransformer`` -> ``LogisticRegression``, joined by
``TwoStage``): event vs none, then the sub-type given an event; trained by ``vigil train`` on the
team's corpus (corpus/events/). What they decide is classify.decide's business.

``features`` is shared by training and inference, so both see the same thing. ``load`` reads a
model directory (``model.joblib`` + ``meta.json``); the one that ships is vigil/models/events/.
"""
from __future__ import annotations

import dataclasses
import functools
import glob
import json
import os
from collections.abc import Mapping
from typing import Optional

from ...config import cache_folder
from .classify import NONE
from .facts import Facts

KEEP_ARRAYS = 4   # arrays files kept in the cache folder (the packaged model, adapted ones)
PACKAGED = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "models", "events")
MASK = {"GPE": "_place_", "LOC": "_place_", "FAC": "_place_", "PERSON": "_person_", "DATE": "_date_",
        "TIME": "_date_", "CARDINAL": "_num_", "QUANTITY": "_num_", "MONEY": "_num_", "ORDINAL": "_num_"}
FACT_FLAGS = [f.name for f in dataclasses.fields(Facts) if f.type in ("bool", bool)]


def _word(tok) -> Optional[str]:
    if tok.is_punct or tok.is_space:
        return None
    if tok.ent_type_ in MASK:
        return MASK[tok.ent_type_]
    if tok.like_num:
        return "_num_"
    return (tok.lemma_ or tok.lower_).lower()


_WORDS: dict = {}       # a token's (punct, space, entity, number, lemma, form) row -> its _word
WORDS_LIMIT = 50_000    # rows kept (then the table starts again: it only saves attribute reads)
_UNSEEN = object()


def _words(doc) -> list:
    """``_word`` of every token of ``doc``, read from the doc's arrays (no Token objects) and worked
    out once per distinct row of the attributes it reads; listed once per document."""
    held = doc.user_data.get("vigil_learned_words")
    if held is not None and len(held) == len(doc):
        return held
    from spacy.attrs import ENT_TYPE, IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, LOWER
    strings, out = doc.vocab.strings, []
    if len(_WORDS) >= WORDS_LIMIT:
        _WORDS.clear()
    for row in map(tuple, doc.to_array([IS_PUNCT, IS_SPACE, ENT_TYPE, LIKE_NUM, LEMMA, LOWER]).tolist()):
        w = _WORDS.get(row, _UNSEEN)
        if w is _UNSEEN:
            w = _WORDS[row] = _word_of(strings, *row)
        out.append(w)
    doc.user_data["vigil_learned_words"] = out
    return out


def _word_of(strings, punct, space, ent, num, lemma, lower) -> Optional[str]:
    """``_word`` of a token from its attributes' values (``Doc.to_array``)."""
    if punct or space:
        return None
    label = strings[ent] if ent else ""
    if label in MASK:
        return MASK[label]
    if num:
        return "_num_"
    return ((strings[lemma] if lemma else "") or strings[lower]).lower()


def features(doc, d, facts, rule_sub: Optional[str]) -> dict:
    """Sparse features of one draft (see the module docstring)."""
    out: dict = {}
    every = _words(doc)
    words = [w for s, e in d.ranges for w in every[s:e] if w]
    for w in words:
        key = "w=" + w
        out[key] = out.get(key, 0.0) + 1.0
    for a, b in zip(words, words[1:]):
        out[f"b={a}_{b}"] = 1.0
    for cls, phrase, _, _ in d.signals:
        out["sig=" + cls] = 1.0
        out[f"phr={cls}:{phrase}"] = 1.0
    for name in FACT_FLAGS:
        if getattr(facts, name, False):
            out["fact=" + name] = 1.0
    for m, role in facts.mentions:
        e = m.entries[0]
        out[f"actor={role}:{e.inter}"] = 1.0
        if e.crowd:
            out[f"actor={role}:crowd"] = 1.0
    for doer in facts.harm_doers:
        out["harm_doer=" + doer] = 1.0
    out["status=" + d.status] = 1.0
    out["rule=" + (rule_sub or NONE)] = 1.0
    return out


@dataclasses.dataclass(frozen=True)
class Classifier:
    """A trained model and what it was trained on."""
    pipeline: object          # the sklearn model, or None when loaded from its arrays alone
    labels: tuple
    meta: dict
    proba: object = None      # feature dict -> probabilities in ``labels`` order, from the arrays

    def calibrated(self, raw: float) -> float:
        """The event's confidence as a probability that its sub-type is right: the raw score mapped
        through the isotonic calibration fitted by `vigil train` on held-out drafts (meta.json
        "calibration"); a hair of the raw score keeps the order of events the map puts level."""
        cal = self.meta.get("calibration") or {}
        xs, ps = cal.get("raw"), cal.get("p")
        if not xs or not ps:
            return raw
        import numpy as np
        return round(min(0.999, float(np.interp(raw, xs, ps)) + 0.001 * raw), 6)

    def predict(self, feats: list) -> list:
        """[{label: probability}] for each feature dict: the fitted model's own predict_proba,
        computed directly from its parts (vocabulary, idf, coefficients) because a document's few
        drafts cost sklearn's per-call overhead many times over."""
        if not feats:
            return []
        fast = self.proba or _fast(self.pipeline)
        if fast is None:
            probs = self.pipeline.predict_proba(feats)
            return [dict(zip(self.labels, map(float, row))) for row in probs]
        return [dict(zip(self.labels, fast(f).tolist())) for f in feats]

    def predict_lazy(self, feats: list) -> list:
        """``predict``, each answer a mapping that works out the sub-type stage only when a key
        other than P(none) is read: classify.decide reads P(none) alone for a draft the codebook
        decides or the model drops, and the sub-type stage is a third of a prediction's time.
        The same numbers as ``predict`` (the same computation, later)."""
        fast = self.proba or _fast(self.pipeline)
        parts = getattr(fast, "parts", None)
        if parts is None or not self.labels or self.labels[0] != NONE:
            return self.predict(feats)
        return [_Lazy(self.labels, *parts(f)) for f in feats]


class _Lazy(Mapping):
    """{label: probability} of one draft from a two-stage model: P(none) at once, the rest (the
    sub-type stage, ``rest()``) on first use, as ``_proba`` would have joined them."""
    __slots__ = ("labels", "p", "rest", "full")

    def __init__(self, labels: tuple, p, rest):
        self.labels, self.p, self.rest, self.full = labels, p, rest, None

    def get(self, key, default=None):
        if key == NONE and self.full is None:
            return float(self.p)
        return self._full().get(key, default)

    def _full(self) -> dict:
        if self.full is None:
            import numpy as np
            self.full = dict(zip(self.labels, np.concatenate([[self.p], (1.0 - self.p) * self.rest()]).tolist()))
        return self.full

    def __getitem__(self, key):
        return self._full()[key]

    def items(self):
        """The full dict's own view: Mapping's generic one looks every key up again (classify.decide
        reads them all for a draft whose sub-type the model may change)."""
        return self._full().items()

    def __iter__(self):
        return iter(self._full())

    def __len__(self) -> int:
        return len(self.labels)


class TwoStage:
    """Two decisions, each its own linear model on the same features (CODEBOOK 1, then 2-6):
    is this a political event at all (event vs none, trained on every draft at its natural
    share, so P(none) means what it says), and which sub-type it is, given that it is one
    (trained on event drafts, classes balanced). ``predict_proba`` joins them:
    P(none) = p, P(sub-type) = (1 - p) * P(sub-type | event)."""

    def __init__(self, event, sub):
        self.event, self.sub = event, sub

    def fit(self, X: list, y: list) -> "TwoStage":
        self.event.fit([_event_view(x) for x in X], [label == NONE for label in y])
        self.sub.fit([x for x, label in zip(X, y) if label != NONE], [label for label in y if label != NONE])
        self.classes_ = [NONE] + list(self.sub.classes_)
        return self

    def predict_proba(self, X: list):
        import numpy as np
        p_none = self.event.predict_proba(X)[:, list(self.event.classes_).index(True)]
        return np.column_stack([p_none, (1.0 - p_none)[:, None] * self.sub.predict_proba(X)])

    def predict(self, X: list) -> list:
        return [self.classes_[k] for k in self.predict_proba(X).argmax(axis=1)]


# The rules' catch-all answers: any draft with a weak strategic word (a summit's "agreement", an
# election's "new leader", goods "seized") falls back to them, so every non-event snippet's drafts
# carry them far more often than events do, and the event stage learnt "the rules fell back" as
# "no event" (rule=Change to group/activity weighed +6.3 toward none): curfews, patrols and closures
# in ACLED notes were dropped (CODEBOOK 8 codes them). The event stage does not see them; the sub-type
# stage does. Unknown keys are ignored at prediction (DictVectorizer, and _linear's vocabulary).
EVENT_BLIND = frozenset({"rule=Change to group/activity", "rule=Other"})


def _event_view(x: dict) -> dict:
    return {k: v for k, v in x.items() if k not in EVENT_BLIND}


@functools.lru_cache(maxsize=4)
def _fast(model):
    """predict_proba of one feature dict, straight from the fitted parts, or None."""
    arrays = _arrays_of(model)
    return None if arrays is None else _proba(arrays)


def _arrays_of(model) -> Optional[dict]:
    """The numbers a prediction needs (vocabulary, idf, coefficients, intercepts), as plain arrays
    keyed "<part>.<name>", or None for a model of another shape."""
    import numpy as np
    parts = {"event": model.event, "sub": model.sub} if isinstance(model, TwoStage) else {"one": model}
    out = {}
    for name, pipe in parts.items():
        steps = dict(getattr(pipe, "named_steps", {}))
        vec, tfidf, lr = steps.get("vec"), steps.get("tfidf"), steps.get("lr")
        if vec is None or tfidf is None or lr is None or tfidf.norm != "l2" or not tfidf.use_idf:
            return None
        keys = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
        out.update({f"{name}.keys": np.array(keys, dtype=str), f"{name}.idf": np.asarray(tfidf.idf_, dtype=float),
                    f"{name}.sublinear": np.array(bool(tfidf.sublinear_tf)),
                    f"{name}.coef": np.asarray(lr.coef_, dtype=float),
                    f"{name}.intercept": np.asarray(lr.intercept_, dtype=float)})
    if isinstance(model, TwoStage):
        out["event.true"] = np.array(list(model.event.classes_).index(True))
    return out


def _proba(arrays: dict):
    """predict_proba of one feature dict from ``_arrays_of``'s numbers."""
    import numpy as np
    if "one.keys" in arrays:
        return _linear(arrays, "one")
    true = int(arrays["event.true"])
    event, sub = _scorer(arrays, "event", true), _scorer(arrays, "sub")
    both = {k: (i, -1) for i, k in enumerate(arrays["event.keys"].tolist())}   # feature -> (event, sub) index
    for i, k in enumerate(arrays["sub.keys"].tolist()):
        both[k] = (both.get(k, (-1, -1))[0], i)

    def parts(feat: dict) -> tuple:
        """(P(none), a function giving the sub-type stage's probabilities)."""
        ei, ev, si, sv = [], [], [], []
        for k, v in feat.items():           # one pass over the features for both models
            t = both.get(k)
            if t is not None and v:
                if t[0] >= 0:
                    ei.append(t[0])
                    ev.append(v)
                if t[1] >= 0:
                    si.append(t[1])
                    sv.append(v)
        return event(ei, ev), lambda: sub(si, sv)

    def proba(feat: dict):
        p, rest = parts(feat)
        return np.concatenate([[p], (1.0 - p) * rest()])
    proba.parts = parts
    return proba


def _linear(arrays: dict, name: str):
    """predict_proba of a DictVectorizer -> TfidfTransformer(l2) -> LogisticRegression pipeline
    (multinomial, or binary) as one small function."""
    vocab = {k: i for i, k in enumerate(arrays[f"{name}.keys"].tolist())}
    score = _scorer(arrays, name)

    def proba(feat: dict):
        pairs = [(vocab[k], v) for k, v in feat.items() if k in vocab and v]
        return score([i for i, _ in pairs], [v for _, v in pairs])
    return proba


def _scorer(arrays: dict, name: str, only: Optional[int] = None):
    """The probabilities of one such pipeline from its features' vocabulary indices and values;
    with ``only`` (a binary model), the probability of that class alone, as a float.

    Each draft is scored on its own, a few dozen numpy calls on a few dozen numbers, so the calls
    themselves (cold in the caches after the rules ran) are most of the time: the norm's square
    root and the binary softmax are worked out on floats, with the same IEEE operations on the
    same values, hence the same numbers (the norm: sqrt correctly rounded either way; the softmax:
    one exp of the two scores less their max, then a division by their sum)."""
    import math
    import numpy as np
    idf, sub = arrays[f"{name}.idf"], bool(arrays[f"{name}.sublinear"])
    coef, icpt = arrays[f"{name}.coef"], arrays[f"{name}.intercept"]

    def linear(ix: list, vs: list):
        if not ix:
            return icpt.copy()
        idx = np.array(ix, dtype=np.intp)
        val = np.array(vs, dtype=float)
        if sub:
            val = np.log(val) + 1.0
        val = val * idf[idx]
        val = val / (math.sqrt(val @ val) or 1.0)
        return coef[:, idx] @ val + icpt

    def score(ix: list, vs: list):
        z = linear(ix, vs)
        if len(z) == 1:  # a binary model: one score, for its second class
            z = np.array([0.0, z[0]])
        z = np.exp(z - z.max())
        return z / z.sum()

    def binary(ix: list, vs: list) -> float:
        z = float(linear(ix, vs)[0])          # the second class's score; the first's is 0
        top = max(0.0, z)
        e = np.exp(np.array([0.0 - top, z - top])).tolist()
        return e[only] / (e[0] + e[1])
    if only is None:
        return score
    return binary if len(icpt) == 1 else lambda ix, vs: float(score(ix, vs)[only])


class ModelError(Exception):
    """A model directory that cannot be used (missing, unreadable, from another version)."""


@functools.lru_cache(maxsize=4)
def load(model_dir: Optional[str] = None, cache_dir: Optional[str] = None) -> Optional[Classifier]:
    """The classifier in ``model_dir`` (default: the packaged one), or None when the packaged
    model is absent (rules alone then code every event). The numbers a prediction needs are kept
    beside the gazetteer in ``cache_dir``, keyed by the model file's hash: a later load reads them
    (about 0.03 s) and never imports scikit-learn or unpickles the model (about 1.3 s a process)."""
    path = model_dir or PACKAGED
    meta_path, model_path = os.path.join(path, "meta.json"), os.path.join(path, "model.joblib")
    if not os.path.exists(model_path):
        if model_dir:
            raise ModelError(f"{path}: no model.joblib here (build one with `vigil train --out {path}`)")
        return None
    try:
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
        cached = _cached_arrays(model_path, cache_dir)
        if os.path.exists(cached):
            arrays = _read_arrays(cached)
            if arrays is not None:
                labels = tuple(str(x) for x in arrays.pop("labels").tolist())
                return Classifier(pipeline=None, labels=labels, meta=meta, proba=_proba(arrays))
        import joblib
        pipe = joblib.load(model_path)
    except ModelError:
        raise
    except Exception as e:  # a corrupt or foreign file: say which and why
        raise ModelError(f"{path}: cannot load the event model: {type(e).__name__}: {e}") from e
    labels = tuple(map(str, pipe.classes_))                 # plain str, not numpy strings
    arrays = _arrays_of(pipe)
    if arrays is not None:
        _write_arrays(cached, dict(arrays, labels=_str_array(labels)))
    return Classifier(pipeline=pipe, labels=labels, meta=meta, proba=None if arrays is None else _proba(arrays))


def _str_array(values):
    import numpy as np
    return np.array(values, dtype=str)


def _cached_arrays(model_path: str, cache_dir: Optional[str]) -> str:
    """Where the arrays of this model file are kept: named by the hash of its bytes."""
    import hashlib
    base = cache_folder(cache_dir)
    h = hashlib.sha256()
    with open(model_path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return os.path.join(base, f"event-model-{h.hexdigest()[:20]}.npz")


def _read_arrays(path: str) -> Optional[dict]:
    """The arrays at ``path``, or None when the file is damaged (it is then written again)."""
    import numpy as np
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except Exception:
        return None
    return arrays if "labels" in arrays and ("one.keys" in arrays or "event.true" in arrays) else None


def _write_arrays(path: str, arrays: dict) -> None:
    """Write the arrays (atomically; a cache folder that cannot be written is no error)."""
    import numpy as np
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = os.path.join(os.path.dirname(path), f".tmp-{os.getpid()}-{os.path.basename(path)}")
        np.savez(tmp, **arrays)
        os.replace(tmp, path)
        kept = sorted(glob.glob(os.path.join(os.path.dirname(path), "event-model-*.npz")), key=os.path.getmtime)
        for old in kept[:-KEEP_ARRAYS]:     # those of models retrained since go, but for the last few
            os.remove(old)
    except OSError:
        pass
