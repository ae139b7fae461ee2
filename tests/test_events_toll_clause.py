"""A sentence that only says people were hurt, with no doer, weapon or death of its own, is the toll of
the event told before it (CODEBOOK: injuries in a riot are part of the riot; a toll opens no event):
"three officers were slightly injured" after a stone-throwing demonstration does not become an Attack
of its own. A wounding with a doer or a weapon still opens its event. Sentences written for these tests."""
import pytest

from vigil.extract.events.classify import toll_only
from vigil.extract.events.signals import Signals
from _events_helpers import first_coded_draft

RIOT_THEN_TOLL = [
    ("In Oruro, miners demanding unpaid bonuses blocked the main bridge on Monday, hurled stones at riot "
     "police and set a municipal van ablaze. Four policemen were slightly injured and the bridge stayed "
     "closed until nightfall.", "BO"),
    ("Residents angry at power cuts torched tyres and pelted officers with rocks in Mthatha on Thursday, "
     "the provincial police said. Two constables were hurt.", "ZA"),
    ("Hundreds of traders protesting against a new market levy stormed the town hall in Kumasi on Friday, "
     "smashing windows and setting fire to two cars. Several council guards were wounded in the melee.", "GH"),
]


@pytest.mark.parametrize("text,country", RIOT_THEN_TOLL)
def test_a_riots_injury_sentence_is_no_event_of_its_own(text, country):
    import vigil
    rec = vigil.extract_text(text, published="2026-03-01", country=country)
    types = [e.event_type for e in rec.events if e.status == "reported"]
    assert types == ["Riots"], [e.sub_event_type for e in rec.events]


HURT_ONLY_SENTENCES = [
    "Four policemen were slightly injured and the bridge stayed closed until nightfall.",
    "Two constables were hurt.",
    "A dozen people were wounded, three of them seriously.",
]


@pytest.mark.parametrize("text", HURT_ONLY_SENTENCES)
def test_a_bare_injury_count_opens_no_event(pipeline, text):
    from vigil.extract import make_context
    from vigil.extract.events import coded_drafts
    from vigil.model import Article
    from vigil.nlp import annotate
    (doc,) = [d for d, _ in annotate(pipeline.nlp, [(text, 0)], 1)]
    art = Article(id="t", title=None, byline=None, published="2026-03-01", url=None, outlet=None,
                  language="en", source="t", text=doc.text)
    _, views = coded_drafts(make_context(doc, art, pipeline.gazetteer))
    assert [v[4] for v in views if v[4] is not None] == [], text


WOUNDINGS_WITH_A_DOER = [
    "Gunmen on a motorbike wounded two traders at a market in Maiduguri on Sunday.",
    "Soldiers beat and injured a farmer at a checkpoint near Bamenda, his family said.",
    "Two policemen were wounded when militants opened fire on their patrol in Peshawar.",
]


@pytest.mark.parametrize("text", WOUNDINGS_WITH_A_DOER)
def test_a_wounding_with_a_doer_or_weapon_is_still_an_event(pipeline, text):
    doc, d, facts, rule = first_coded_draft(pipeline, text)
    assert rule is not None and not toll_only(Signals((c, p) for c, p, _, _ in d.signals), facts), (rule, text)
