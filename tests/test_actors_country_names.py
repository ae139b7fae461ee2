"""Generic actors carry their country's name in every country ACLED covers ("Police Forces of
Spain", "Protesters (Japan)"), and a demonym ties a force to its country, so that one acting abroad
is an external force (CODEBOOK inter 8)."""
import pytest

from _events_helpers import only_reported


@pytest.mark.parametrize("text,country,actor", [
    ("Spanish police arrested 12 people in Madrid on Sunday after a march turned violent.", "ES",
     "Police Forces of Spain"),
    ("Japanese police detained three activists outside the parliament in Tokyo on Thursday.", "JP",
     "Police Forces of Japan"),
    ("Police in Montevideo detained a journalist on Friday over a report on corruption.", "UY",
     "Police Forces of Uruguay"),
    ("South Korean police detained 20 striking truckers in Busan on Tuesday.", "KR", "Police Forces of South Korea"),
])
def test_generic_forces_are_named_in_every_country(text, country, actor):
    ev = only_reported(text, "2024-05-10", country)
    assert ev.actor1.canonical == actor


def test_a_territory_outside_the_dictionary_takes_its_iso_name():
    from vigil.extract import actors
    assert actors.country_name("GP") == "Guadeloupe"
    assert actors.country_name("ES") == "Spain"
    assert actors.country_name(None) is None


def test_a_force_named_by_its_demonym_abroad_is_external():
    ev = only_reported("Italian soldiers shot dead two smugglers near Agadez in Niger on Monday.", "2024-05-10", "NE")
    assert (ev.actor1.canonical, ev.actor1.inter) == ("Military Forces of Italy", 8)


def test_every_country_code_is_a_string():
    from vigil.extract import actors
    assert all(isinstance(c, str) and len(c) == 2 for c in actors.load()["names"])   # YAML reads a bare NO as false
    assert actors.country_name("NO") == "Norway"


@pytest.mark.parametrize("text,country,actor", [
    # CODEBOOK actor codes (8 external forces): a state's name of several words, or one in capitals, names its
    # forces as a one-word demonym does ("Italian soldiers").
    ("A United States air force drone struck a pickup truck carrying militants near Jilib on Wednesday, "
     "killing three of them.", "SO", ("Military Forces of United States", 8)),
    ("UK special forces raided a compound used by the militia outside Sirte on Tuesday, killing two guards.",
     "LY", ("Military Forces of United Kingdom", 8)),
    ("On 3 May 2024, U.S. warplanes bombed Houthi radar sites near Hodeidah.", "YE",
     ("Military Forces of United States", 8)),
    ("South Sudanese troops exchanged fire with rebels near the border town of Kurmuk on Monday.", "SD",
     ("Military Forces of South Sudan", 8)),
    ("The Democratic Republic of the Congo's army shelled rebel positions near Sake on Monday, residents said.",
     "CD", ("Military Forces of Democratic Republic of Congo", 1)),
])
def test_a_state_named_in_several_words_or_capitals_names_its_forces(text, country, actor):
    ev = only_reported(text, "2024-05-10", country)
    assert (ev.actor1.canonical, ev.actor1.inter) == actor, (ev.sub_event_type, ev.actor1, ev.actor2)


def test_a_name_in_capitals_counts_only_in_capitals():
    from vigil import nlp
    from vigil.extract import actor_mentions
    doc = nlp.load()("The villagers told us police fired tear gas at the crowd in Nakuru on Friday.")
    assert not any(e.country == "US" for m in actor_mentions.mentions(doc) for e in m.entries)
