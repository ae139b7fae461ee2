"""Government regains territory (CODEBOOK 5): state forces take a place back from a non-state group. Where the
telling of the retaking names the state's foe only as "militants" or "extremists", actor2 is the group the report
names: in the telling itself, in the sentences just after it that say the group withdrew, or in the sentences
before it that say the group took or held the place. Sentences written for these tests."""
import pytest

import vigil


def retaking(text, country):
    evs = vigil.extract_text(text, published="2025-06-20", country=country).events
    evs = [e for e in evs if e.status == "reported" and e.sub_event_type == "Government regains territory"]
    assert evs, text
    return evs[0]


@pytest.mark.parametrize("text,country,group", [
    ("Somali troops retook the town of Bulo Burde on Saturday after heavy fighting, killing 30 militants, a "
     "military commander said. Al-Shabaab said it had withdrawn from the town to spare civilians.", "SO", "Shabaab"),
    ("Myanmar army troops recaptured the town of Kawlin after a week of fighting, state media said. The Kachin "
     "Independence Army said its fighters had pulled back to nearby hills.", "MM", "Kachin"),
    ("Congolese soldiers took back the town of Rubaya on Monday after clashes with the rebels, an army spokesman "
     "said. The M23 said it had left the town in an orderly manner.", "CD", "M23"),
    ("Al-Shabaab fighters seized the town of Mahas after a gun battle on Monday. On Thursday, Somali troops "
     "recaptured the town after hours of fighting, a commander said.", "SO", "Shabaab"),
    ("ADF rebels overran the village of Mamove on Tuesday, residents said. Two days later, Congolese soldiers "
     "retook the village after heavy fighting, the army said.", "CD", "ADF"),
])
def test_the_group_the_place_is_taken_back_from_is_actor2(text, country, group):
    ev = retaking(text, country)
    assert ev.actor1 is not None and ev.actor1.inter == 1, (text, ev.actor1)
    assert ev.actor2 is not None and group in ev.actor2.canonical, (text, ev.actor2)


def test_a_pro_government_militia_beside_the_troops_is_no_foe():
    ev = retaking("Government troops and pro-government militias retook the town of Tal Afar on Sunday after "
                  "heavy fighting with militants, officials said.", "IQ")
    assert ev.actor2 is None or "Pro-Government" not in (ev.actor2.canonical or ""), ev.actor2
