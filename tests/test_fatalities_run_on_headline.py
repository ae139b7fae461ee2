"""A headline run into its body with no stop ("Blast kills 7 in Quetta A bomb killed seven people
...") gives the toll twice; the body repeats the headline, so the figures compete and are not
summed (CODEBOOK, Fatalities: the most conservative figure). The same holds for a later sentence
that names the same dead again with "the" ("... killed three herders. The gunmen shot the three
men ...")."""
import pytest

from _events_helpers import only_reported

RUN_ON = [
    ("Blast kills 7 in Quetta A bomb hidden on a motorcycle killed seven people at a bus stop in Quetta on Monday.",
     "PK", 7),
    ("Gunmen kill 5 in Plateau The attackers killed five villagers in Bokkos on Sunday night, police said.", "NG", 5),
    ("Car bomb kills four in Afgoye A car bomb killed four people outside a police station in Afgoye on Thursday.",
     "SO", 4),
    ("Airstrike kills 9 in Idlib An air strike killed nine civilians in a market in Idlib on Wednesday.", "SY", 9),
    ("Bandits killed five farmers in Tsafe on Monday. The bandits killed the five men as they worked on their farms.",
     "NG", 5),
    ("Gunmen killed two traders in Mubi on Saturday. The attackers killed the two men as they were closing their "
     "shops.", "NG", 2),
]


@pytest.mark.parametrize("text,country,dead", RUN_ON)
def test_a_repeated_toll_is_not_summed(text, country, dead):
    assert only_reported(text, "2024-05-10", country).fatalities == dead


def test_new_dead_named_with_the_still_add():
    ev = only_reported("Two soldiers were killed in an ambush near Kidal on Monday. The three attackers were "
                       "killed by return fire.", "2024-05-10", "ML")
    assert ev.fatalities == 5
