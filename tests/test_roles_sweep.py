"""Who did it when the killing is told in the passive (CODEBOOK actor codes: actor1 is the one who acts):
a sentence of the same paragraph in which an armed force raids, searches or storms a place, told just
before "N people were shot dead", names the doers; a force that only arrives, or one named in another
paragraph, does not."""
import functools

from _events_helpers import run as _run

run = functools.partial(_run, published="2024-05-16")

ONE_SIDED = ("Attack", "Excessive force against protesters", "Mob violence")


def killing(text, country):
    evs, _, _ = run(text, country=country)
    evs = [e for e in evs if e.status == "reported" and e.sub_event_type in ONE_SIDED]
    assert evs, f"no reported attack in {text!r}"
    return evs[0]


def test_a_force_that_sweeps_a_place_is_the_doer_of_the_killing_told_next():
    for text, country, inter in [
        ("Residents said soldiers went from house to house in Kidal on Sunday, looking for men they accused "
         "of helping the rebels. Seven civilians were shot dead in their homes.", "ML", 1),
        ("Police raided the Mathare settlement in Nairobi before dawn on Monday. Witnesses said three young "
         "men were shot dead outside their homes.", "KE", 1),
        ("Army units searched the village of Kumbo door to door on Friday. At least five farmers were killed, "
         "relatives said.", "CM", 1),
    ]:
        ev = killing(text, country)
        assert ev.actor1 is not None and ev.actor1.inter == inter, (text, ev.actor1)
        assert "nidentified" not in (ev.actor1.canonical or ""), (text, ev.actor1)


def test_a_force_that_only_arrives_or_is_told_of_elsewhere_is_not_the_doer():
    for text, country in [
        ("Police arrived at the scene in Eldoret an hour later. Two men were found shot dead near the market "
         "on Tuesday.", "KE"),
        ("Soldiers searched the village of Gao on Monday.\n\nTwo farmers were shot dead on the road to the "
         "market on Tuesday, relatives said.", "ML"),
    ]:
        ev = killing(text, country)
        assert ev.actor1 is None or ev.actor1.inter != 1, (text, ev.actor1)
