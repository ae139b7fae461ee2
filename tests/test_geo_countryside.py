"""The countryside of a town: CODEBOOK, Precision ("2 near a known place"). "The countryside of X"
(like "X countryside") says the event happened around X: X is the event's place, near it
(geo_precision 2), not the country and not a demonym elsewhere in the sentence. Sentences written
for these tests, in several countries and wordings."""
import pytest

from vigil.geo import event_location, geoparse


def locate(pipeline, text, hint):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    return event_location(doc, places, 0, len(text), pipeline.gazetteer, focus)


@pytest.mark.parametrize("text,hint,name", [
    ("Government artillery pounded two villages in the southern countryside of Hama on Sunday.", "SY", "Hama"),
    ("Rebels ambushed an army patrol in the eastern countryside of Homs, killing four soldiers.", "SY", "Homs"),
    ("Gunmen killed a shepherd in the countryside of Kirkuk on Tuesday, police said.", "IQ", "Kirkuk"),
    ("Insurgents burned a school in the northern countryside of Kandahar overnight amid the "
     "overflight of Russian drones.", "AF", "Kandahar"),
    ("Soldiers clashed with militants on a front in the western countryside of Aleppo on Friday.", "SY", "Aleppo"),
])
def test_the_countryside_of_a_town_is_near_the_town(pipeline, text, hint, name):
    loc = locate(pipeline, text, hint)
    assert (loc.name, loc.geo_precision) == (name, 2)
    assert loc.geonameid is not None
