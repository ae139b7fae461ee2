"""Who stands on the other side (CODEBOOK actor codes: actor1 is the one who acts, actor2 the one acted
on): a group fighting among itself, or two groups of one kind, are on both sides; a group of men the
state fights is that group, not a rebel group; armed men tied to a named group ("linked to", "loyal
to") are that group."""
from _events_helpers import only_reported


def reported(text, country):
    return only_reported(text, "2021-03-05", country)


def pair(ev):
    return tuple(sorted(a.inter for a in (ev.actor1, ev.actor2) if a and a.inter))


def test_a_group_fighting_its_own_kind_is_on_both_sides():
    for text, country, want in [
        ("Al Shabaab militants exchanged fire among themselves in a village near Jowhar on 2 March 2021, "
         "leaving one dead.", "SO", (2, 2)),
        ("On 2 March 2021, two armed groups clashed in the Tajoura district of Tripoli, killing a fighter.", "LY", (3, 3)),
        ("ISWAP fighters clashed among themselves near Lake Chad on 2 March 2021, leaving five dead.", "NG", (2, 2)),
    ]:
        ev = reported(text, country)
        assert ev.sub_event_type == "Armed clash" and pair(ev) == want, (text, ev.actor1, ev.actor2)


def test_men_the_police_fight_are_an_unidentified_group_not_rebels():
    for text, country in [
        ("Police exchanged gunfire with a group of men in a district of Kingston on 2 March 2021, killing one of them.", "JM"),
        ("Police exchanged fire with a group of men outside a police station in Cali on 2 March 2021, wounding one "
         "of them.", "CO"),
    ]:
        ev = reported(text, country)
        assert pair(ev) == (1, 3), (text, ev.actor1, ev.actor2)


def test_armed_men_tied_to_a_named_group_are_that_group():
    for text, country, group in [
        ("Gunmen linked to the Jalisco New Generation Cartel killed two police officers in Guanajuato on 2 March 2021.",
         "MX", "Cartel Jalisco Nueva Generacion"),
        ("On 2 March 2021, fighters loyal to the Arakan Army ambushed a military convoy near Paletwa.", "MM",
         "AA: Arakan Army"),
        ("On 2 March 2021, militants affiliated with Al Shabaab attacked a police post in Afgoye, killing two officers.",
         "SO", "Al Shabaab"),
        ("Fighters loyal to the Southern Transitional Council clashed with government troops in Abyan on 2 March "
         "2021, leaving four dead.", "YE", "Southern Transitional Council"),
    ]:
        ev = reported(text, country)
        names = {a.canonical for a in (ev.actor1, ev.actor2) if a}
        assert group in names and 1 in pair(ev), (text, ev.actor1, ev.actor2)
        assert not any(a and a.canonical and a.canonical.startswith("Unidentified") for a in (ev.actor1, ev.actor2))
