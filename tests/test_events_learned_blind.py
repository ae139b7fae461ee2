"""The event-vs-none stage does not read the rules' catch-all answers (learned.EVENT_BLIND): any
draft with a weak strategic word (a summit's "agreement", goods "seized", an election's "new
leader") falls back to "Change to group/activity" or "Other", so those answers mark the corpus's
non-event drafts more than its events, and the stage had learnt "the rules fell back" as "no
event", dropping curfews, closures and patrols that CODEBOOK 8 codes. Feature dicts and sentences
written for these tests."""
import pytest
from _events_helpers import first_coded_draft

from vigil.extract.events.classify import NONE
from vigil.extract.events.learned import EVENT_BLIND, TwoStage


def _toy():
    """A corpus where the catch-all answer marks every non-event and half as many events."""
    X, y = [], []
    for k in range(12):
        X.append({f"w=summit{k % 3}": 1.0, "w=minister": 1.0, "rule=Change to group/activity": 1.0})
        y.append(NONE)
        change = k % 2 == 1
        X.append({f"w=curfew{k % 3}": 1.0, "w=army": 1.0,
                  "rule=Change to group/activity" if change else "rule=Armed clash": 1.0})
        y.append("Change to group/activity" if change else "Armed clash")
    return X, y


def test_the_event_stage_never_sees_the_catch_all_answers():
    from vigil.train import make_model
    X, y = _toy()
    model = make_model().fit(X, y)
    assert isinstance(model, TwoStage)
    event_keys = set(model.event.named_steps["vec"].vocabulary_)
    assert not EVENT_BLIND & event_keys
    assert "rule=Change to group/activity" in model.sub.named_steps["vec"].vocabulary_  # the sub-type stage does


def test_a_catch_all_answer_does_not_move_p_none():
    from vigil.train import make_model
    X, y = _toy()
    model = make_model().fit(X, y)
    draft = {"w=curfew1": 1.0, "w=army": 1.0}
    with_answer = dict(draft, **{"rule=Change to group/activity": 1.0})
    p = model.predict_proba([draft, with_answer])
    assert p[0][0] == pytest.approx(p[1][0])


MEASURES = [
    "Security measures: on 3 August 2026, the army sealed every road into Kidal and announced that the town "
    "would stay closed until further notice.",
    "On 2 March 2026, the interior ministry banned all public gatherings in Goma for thirty days and deployed "
    "additional police units to the city.",
    "On 17 April 2026, the interior ministry dissolved a human rights association in Algiers, accusing it of "
    "receiving foreign funds.",
]


@pytest.mark.parametrize("text", MEASURES)
def test_the_packaged_model_reads_a_measure_the_same_whatever_the_rules_fell_back_to(pipeline, text):
    """The packaged model's P(none) for a measure's draft, with the rules' answer as it is and with
    the catch-all answers put in its place: the same."""
    from vigil.extract.events.learned import features
    doc, d, facts, _ = first_coded_draft(pipeline, text)
    p = [pipeline.classifier.predict([features(doc, d, facts, answer)])[0][NONE]
         for answer in ("Change to group/activity", "Other")]
    assert p[0] == pytest.approx(p[1], abs=1e-9)
    assert p[0] < 0.5  # and coded, not dropped
