"""A state's forces named by their demonym ("Turkish drones", "Russian troops") say whose forces acted,
not where the event happened (CODEBOOK actor codes: a state's forces acting outside their own country
are external forces, 8). With no country given, such a phrase must not place the event in the forces'
own country against a town the report names abroad, nor against the other evidence of the report."""
import pytest

import vigil


def _event(text):
    rec = vigil.extract_text(text, published="2024-05-10")
    (ev,) = [e for e in rec.events if e.status == "reported"]
    return ev


@pytest.mark.parametrize("text,country,force", [
    # a town the gazetteer holds abroad only (under another spelling) stays the event's place
    ("Russian missiles hit a hospital in Kupiansk on Tuesday, killing two nurses.", "UA", "RU"),
    ("Israeli drones struck a car in Bint Jbeil on Friday, killing two men.", "LB", "IL"),
    ("Turkish drones struck a vehicle near Zakho on Friday, killing two men.", "IQ", "TR"),
    # the forces' demonym loses to the country of the officials or media who report the attack
    ("Russian artillery pounded Hlushkivka overnight, killing two residents, Ukrainian officials said.", "UA", "RU"),
    ("Russian drones hit an apartment block in Pokrovsk overnight, killing three residents, Ukrainian authorities "
     "said.", "UA", "RU"),
    ("Turkish jets struck a camp near Makhmour on Monday, killing two fighters, Iraqi security officials said.",
     "IQ", "TR"),
    ("Israeli warplanes bombed a house in Khiam on Wednesday, killing a farmer, Lebanese state media reported.",
     "LB", "IL"),
])
def test_forces_named_by_their_demonym_act_abroad(text, country, force):
    ev = _event(text)
    assert ev.location is not None and ev.location.country == country
    assert (ev.actor1.country, ev.actor1.inter) == (force, 8)
    assert ev.actor2 is not None and ev.actor2.country == country


@pytest.mark.parametrize("text,country", [
    ("Pakistani troops killed three militants in Hyderabad on Monday.", "PK"),
    ("Nigerian troops killed ten bandits in Tsafe on Sunday, the army said.", "NG"),
    ("Kenyan police shot dead two robbery suspects in Eldoret on Thursday.", "KE"),
])
def test_forces_at_home_stay_state_forces(text, country):
    ev = _event(text)
    assert ev.location is not None and ev.location.country == country
    assert (ev.actor1.country, ev.actor1.inter) == (country, 1)


@pytest.mark.parametrize("text,given,country,force", [
    # a country's name that only says whose forces acted ("US forces", "Burkina Faso's army") is no place of the
    # event, given country or not: the place the report names, else the report's country
    ("A US military column came under rocket fire near Ain al-Asad on Thursday, officials said.", "IQ", "IQ", None),
    ("US forces raided a compound near Bangeeleey on Thursday, killing four al-Shabaab fighters, Somali officials "
     "said.", None, "SO", "US"),
    ("Burkina Faso's army shelled a jihadist camp near Boulkessi on Friday, Malian officials said.", None, "ML",
     "BF"),
    ("On 3 May 2024, United States forces raided a house in Tal Hamis-Gharbi, killing an IS leader.", "SY", "SY",
     "US"),
])
def test_a_forces_country_named_by_its_name_is_no_place_of_the_event(text, given, country, force):
    rec = vigil.extract_text(text, published="2024-05-10", country=given)
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert ev.location is not None and ev.location.country == country, ev.location
    if force:
        assert (ev.actor1.country, ev.actor1.inter) == (force, 8), ev.actor1
