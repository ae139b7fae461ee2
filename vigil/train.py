"""`vigil train`: build the event classifier (extract/events/learned.py) from labelled text.

The model that ships is trained on the team's corpus alone (corpus/events/parts/*.jsonl, see
corpus/events/DATASHEET.md). ``--acled EXPORT.csv`` adds a user's ACLED export (each event's
notes, labelled with its sub-event type) to adapt the model to their own data; such a model
stays with the user (``--out DIR``, then ``--model DIR`` or the ``model_dir`` setting).

Each labelled text runs through the same pipeline as extraction up to the event drafts; the
draft the rules would report as its main event gets the text's label (a non-event's drafts all
get "none"), and its features are those the classifier sees at run time. Reproducible: fixed
seed, sorted inputs, deterministic solver.
"""
from __future__ import annotations

import collections
import datetime as _dt
import glob
import hashlib
import json
import os
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from .errors import TrainError
from .extract import taxonomy
from .extract.events.classify import NONE

SEED = 13
CORPUS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "corpus", "events", "parts")


@dataclass(frozen=True)
class Example:
    text: str
    label: str          # an ACLED sub-event type, or "none"
    status: Optional[str]
    source: str         # file:line, for messages
    group: str          # examples of one group never straddle the held-out split
    published: Optional[str] = None  # the reference date its relative dates resolve against (none: a
    #                                 snippet with no date of its own; no event in it is old by the calendar)


def read_corpus(folder: str = CORPUS) -> list:
    """Every labelled snippet of the corpus, sorted by file and line."""
    files = sorted(glob.glob(os.path.join(folder, "*.jsonl")))
    if not files:
        raise TrainError(f"{folder}: no *.jsonl corpus files")
    out = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    raise TrainError(f"{path}:{n}: malformed JSON: {e}") from None
                sub = r.get("sub_event_type")
                if sub is not None and sub not in taxonomy.SUBTYPES:
                    raise TrainError(f"{path}:{n}: unknown sub_event_type {sub!r}")
                if not isinstance(r.get("text"), str) or not r["text"].strip():
                    raise TrainError(f"{path}:{n}: no text")
                out.append(Example(r["text"], sub or NONE, r.get("status"), f"{os.path.basename(path)}:{n}",
                                   r.get("id") or f"{path}:{n}"))
    return out


def read_acled(path: str) -> list:
    """Labelled examples from an ACLED export (read by evaluate.load, as `vigil eval acled` reads
    it): each event's notes, published three days after the event, and its sub-event type."""
    from .evaluate import EvalError, load
    try:
        events = load(path)
    except EvalError as e:
        raise TrainError(str(e)) from None
    return [Example(e["doc"]["text"], e["sub"], "reported", f"{os.path.basename(path)}#{e['doc']['id']}",
                    f"acled:{e['doc']['id']}", e["doc"]["published"])
            for e in events if e["sub"] in taxonomy.SUBTYPES]


def corpus_digest(examples: Iterable[Example]) -> str:
    h = hashlib.sha256()
    for e in examples:
        h.update(f"{e.label}\t{e.text}\n".encode("utf-8"))
    return h.hexdigest()


def featurize(examples: list, pipeline, notify: Callable[[str], None] = lambda m: None) -> tuple:
    """(feature dicts, labels, groups, [examples with no draft], [(draft, facts, rule sub-type)]):
    each example's main draft, as the classifier will see it at run time."""
    from .extract import make_context
    from .extract.events import coded_drafts
    from .extract.events.fields import confidence
    from .extract.events.learned import features
    from .model import Article
    from .nlp import annotate

    X, y, groups, missed, drafts = [], [], [], [], []
    texts = ((e.text, k) for k, e in enumerate(examples))
    for n, (doc, k) in enumerate(annotate(pipeline.nlp, texts, 64), 1):
        e = examples[k]
        art = Article(id=f"t{k}", title=None, byline=None, published=e.published, url=None, outlet=None,
                      language="en", source=e.source, text=doc.text)
        _, views = coded_drafts(make_context(doc, art, pipeline.gazetteer))
        if e.label == NONE:
            chosen = views
        else:
            ranked = sorted(views, key=lambda v: (v[1].status != (e.status or "reported"), v[4] is None,
                                                  -confidence(v[1], v[4] or "Other", v[3]), v[0]))
            chosen = ranked[:1]
        if not chosen:
            missed.append(e)
        for _, d, _, facts, rule in chosen:
            X.append(features(doc, d, facts, rule))
            y.append(e.label)
            groups.append(e.group)
            drafts.append((d, facts, rule))
        if n % 500 == 0:
            notify(f"read {n} of {len(examples)} examples")
    return X, y, groups, missed, drafts


def _linear(seed: int, c: float, balanced: bool):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline as SkPipeline
    return SkPipeline([("vec", DictVectorizer(dtype=float)), ("tfidf", TfidfTransformer(sublinear_tf=True)),
                       ("lr", LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None,
                                                 random_state=seed))])


def make_model(seed: int = SEED, c_event: float = 4.0, c_sub: float = 4.0):
    """The two-stage classifier (learned.TwoStage): event vs none at the drafts' natural share,
    then the sub-type of an event with its classes balanced, both at C 4. A sub-type stage at C 16
    raised check's sub-type macro-F1 (0.704 -> 0.713 on the merged code) but coded Bangladesh party
    clashes and a mob's arson as armed clashes and looting (sub-type macro-F1 0.840 -> 0.601), and the
    event stage at 16 dropped more ACLED notes as no event."""
    from .extract.events.learned import TwoStage
    return TwoStage(_linear(seed, c_event, False), _linear(seed, c_sub, True))


def held_out(X: list, y: list, groups: list, drafts: Optional[list] = None, every: int = 10) -> tuple:
    """(metrics, calibration) of a model fitted on 9/10 of the examples, on the other tenth (by
    group): accuracy, event-vs-none, and the map from an event's raw confidence to how often its
    sub-type is right (``calibration_map``; {} without ``drafts``)."""
    test = [int(hashlib.md5(g.encode()).hexdigest(), 16) % every == 0 for g in groups]
    tr = [k for k, t in enumerate(test) if not t]
    te = [k for k, t in enumerate(test) if t]
    if not te or len(set(y[k] for k in tr)) < 2:
        return {}, {}
    m = make_model().fit([X[k] for k in tr], [y[k] for k in tr])
    pred = m.predict([X[k] for k in te])
    gold = [y[k] for k in te]
    metrics = {"n": len(te), "accuracy": round(sum(p == g for p, g in zip(pred, gold)) / len(te), 3),
               "event_vs_none": round(sum((p == NONE) == (g == NONE) for p, g in zip(pred, gold)) / len(te), 3)}
    if not drafts:
        return metrics, {}
    probs = [dict(zip(m.classes_, map(float, row))) for row in m.predict_proba([X[k] for k in te])]
    return metrics, calibration_map([drafts[k] for k in te], probs, gold)


def calibration_map(drafts: list, probs: list, gold: list) -> dict:
    """Isotonic map {"raw": [...], "p": [...]} from the coder's raw confidence of each event it
    codes (the rules' confidence times the model's P(event), as at run time) to the share of such
    events whose sub-type is right, fitted on held-out drafts."""
    from sklearn.isotonic import IsotonicRegression

    from .extract.events.classify import decide, explicit, in_scope
    from .extract.events.fields import confidence, severe
    raw, right = [], []
    for (d, facts, rule), p, g in zip(drafts, probs, gold):
        sub, p_event = decide(rule, p, explicit(rule, facts), in_scope(facts))
        if sub is None:
            continue
        raw.append(severe(confidence(d, sub, facts) * p_event, sub))
        right.append(float(sub == g))
    if len(set(right)) < 2:
        return {}
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.01, y_max=0.99).fit(raw, right)
    return {"raw": [round(float(x), 4) for x in iso.X_thresholds_], "p": [round(float(v), 4) for v in iso.y_thresholds_],
            "n": len(raw)}


def train(out_dir: str, pipeline, corpus: str = CORPUS, acled: Optional[str] = None,
          notify: Callable[[str], None] = lambda m: None) -> dict:
    """Train on the corpus (and an ACLED export), write model.joblib and meta.json to out_dir."""
    import joblib
    import sklearn

    examples = read_corpus(corpus)
    if acled:
        examples += read_acled(acled)
    notify(f"{len(examples)} labelled examples; reading them through the pipeline")
    X, y, groups, missed, drafts = featurize(examples, pipeline, notify)
    notify(f"{len(y)} training drafts ({len(missed)} examples gave no draft); held-out check and calibration")
    check, calibration = held_out(X, y, groups, drafts)
    notify(f"fitting on all {len(y)} drafts")
    model = make_model().fit(X, y)
    os.makedirs(out_dir, exist_ok=True)
    joblib.dump(model, os.path.join(out_dir, "model.joblib"), compress=3)
    meta = {"trained": _dt.date.today().isoformat(), "seed": SEED, "sklearn": sklearn.__version__,
            "corpus_sha256": corpus_digest(examples), "examples": len(examples), "drafts": len(y),
            "no_draft": len(missed), "acled": os.path.basename(acled) if acled else None,
            "labels": dict(sorted(collections.Counter(y).items())), "held_out": check,
            "calibration": calibration}
    with open(os.path.join(out_dir, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1, sort_keys=True)
        f.write("\n")
    return meta

