"""A clause that names no place of its own happened where the paragraph last said something
happened; "the town of X" writes X as such a place as surely as "in X" does (CODEBOOK, Precision:
the named town), ahead of a place named after it only to say where X lies ("near the border with
Y", "on the road to Y"). Sentences written for these tests."""
import pytest

from vigil.geo import event_location, geoparse


@pytest.mark.parametrize("text,clause,hint,want", [
    ("The FSB said it had prevented a planned bombing of a police station in the town of Kizlyar, near the "
     "border with Chechnya. Officers found a homemade bomb and two grenades in a garage.",
     "Officers found", "RU", "Kizlyar"),
    ("Militants tried to storm the village of Kfar Kila, along the road to Marjayoun, before dawn. "
     "Two of them were shot dead by soldiers.", "Two of them", "LB", "Kfar Kila"),
    ("Rebels overran the town of Nyala, on the main highway towards Khartoum, on Sunday. "
     "Dozens of shops were looted.", "Dozens of", "SD", "Nyala"),
])
def test_the_town_of_x_is_where_a_placeless_clause_after_it_happened(pipeline, text, clause, hint, want):
    doc = pipeline.nlp(text)
    places, focus = geoparse(doc, pipeline.gazetteer, country_hint=hint)
    start = text.index(clause)
    loc = event_location(doc, places, start, len(text), pipeline.gazetteer, focus)
    assert loc.name == want, [(p.name, p.feature) for p in places]
