"""An agreement between governments is diplomacy, no event (CODEBOOK 8: Agreement covers ceasefires,
peace deals, prisoner exchanges and surrenders between conflict actors, not diplomacy between
governments): states, or their governments, presidents or ministers, who sign an accord or a
declaration. An agreement with an armed group among its parties, and a ceasefire or a prisoner
exchange between states at war, stay Agreements."""
import pytest

import vigil

DIPLOMACY = [
    ("Gunmen killed four farmers near Tillaberi on Monday, residents said.\n\nOn Wednesday, the governments of "
     "Niger and Benin signed a declaration of principles in Cotonou, committing to work towards a security "
     "agreement. Our monitors have so far observed no change for villagers on the ground.", "NE", "Cotonou"),
    ("Militiamen looted a health centre near Bunia on Monday, aid workers said.\n\nOn 8 May, the presidents of "
     "Uganda and Kenya signed an accord in Nairobi on refugee returns. Our field teams have so far observed no "
     "effect on displaced families.", "CD", "Nairobi"),
    ("Gang members shot dead a bus driver in Port-au-Prince on Monday, police said.\n\nOn Tuesday, the governments "
     "of Haiti and the Dominican Republic signed a border agreement in Santo Domingo. Our monitors have so far "
     "observed no effect on people crossing.", "HT", "Santo Domingo"),
    ("Unknown gunmen killed a teacher in Pattani on Sunday, police said.\n\nOn 14 May, the governments of Thailand "
     "and Malaysia signed an accord in Kuala Lumpur. Our observers have so far seen no change in the southern "
     "provinces.", "TH", "Kuala Lumpur"),
    ("Armed men torched a village market near Mopti on Sunday, residents said.\n\nOn 2 May, the presidents of "
     "Senegal and Gambia signed an agreement in Dakar on border patrols. Our monitors have so far observed no "
     "change for traders.", "SN", "Dakar"),
]


def _reported(text, country):
    return [e for e in vigil.extract_text(text, published="2024-05-20", country=country).events
            if e.status == "reported"]


@pytest.mark.parametrize("text,country,capital", DIPLOMACY)
def test_states_that_sign_an_accord_make_no_event(text, country, capital):
    events = _reported(text, country)
    assert not [e for e in events if e.sub_event_type == "Agreement"]
    assert not [e for e in events if e.location is not None and e.location.name == capital]
    assert len(events) == 1   # the violence told first stays


@pytest.mark.parametrize("text,country", [
    ("The M23 rebels and the Congolese government agreed to a ceasefire in Doha on Tuesday.", "CD"),
    ("The government and SPLM-IO rebels signed a peace deal in Khartoum on Tuesday.", "SS"),
    ("India and Pakistan agreed to a ceasefire on Saturday, officials said.", "IN"),
    ("Russia and Ukraine exchanged prisoners on Tuesday, officials said.", "UA"),
])
def test_agreements_of_conflict_actors_stay(text, country):
    assert [e.sub_event_type for e in _reported(text, country)] == ["Agreement"]
