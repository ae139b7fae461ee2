"""Two strategic developments (CODEBOOK 8). Goods taken from shops and homes, with no one attacked, are looting,
the civilians whose property it was actor2; people taken from their homes are not goods. A new position set up by
a force is a base established. Sentences written for these tests."""
import pytest

import vigil


def reported(text, country, published="2025-06-04"):
    return [e for e in vigil.extract_text(text, published=published, country=country).events if e.status == "reported"]


@pytest.mark.parametrize("text,country", [
    ("On Sunday, jihadist fighters entered the village of Tin-Akof and took sacks of millet, sugar and tea from "
     "shops and houses, a local official said.", "BF"),
    ("Al-Shabaab fighters entered the town of Bardale on Friday and carried off food, fuel and medicine from shops "
     "and a clinic before leaving, elders said.", "SO"),
    ("Boko Haram fighters stormed the village of Kirawa in Borno state overnight and took grain, livestock and "
     "clothes from homes, residents said. Nobody was injured.", "NG"),
])
def test_goods_taken_from_shops_and_homes_are_looting(text, country):
    evs = reported(text, country)
    assert evs and evs[0].sub_event_type == "Looting/property destruction", [(e.sub_event_type) for e in evs]
    assert evs[0].actor1 is not None and evs[0].actor1.inter == 2, evs[0].actor1
    assert evs[0].actor2 is not None and evs[0].actor2.inter == 7, evs[0].actor2


@pytest.mark.parametrize("text,country", [
    ("Gunmen entered the village of Sabon Birni and took ten men from their homes, residents said.", "NG"),
    ("Soldiers took the suspects from their homes in Bamako on Monday, relatives said.", "ML"),
])
def test_people_taken_from_their_homes_are_no_looting(text, country):
    assert not [e for e in reported(text, country) if e.sub_event_type == "Looting/property destruction"]


@pytest.mark.parametrize("text,country", [
    ("Colombian soldiers set up a new position on a ridge above the village of El Plateado on Wednesday, the "
     "defence ministry said.", "CO"),
    ("Malian troops set up a new position outside the town of Ber on Thursday, the army said.", "ML"),
    ("The Somali army established a forward position near the village of Sabiid on Sunday, a commander said.", "SO"),
])
def test_a_new_position_set_up_is_a_base_established(text, country):
    evs = reported(text, country)
    assert [e.sub_event_type for e in evs] == ["Headquarters or base established"], [e.sub_event_type for e in evs]
    assert evs[0].actor1 is not None and evs[0].actor1.inter == 1 and evs[0].actor2 is None
