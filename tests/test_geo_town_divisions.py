"""A second-level division written bare ("in Puli Khumri") whose centre is a town the gazetteer
holds under another spelling or name (the canton of Durán, whose town the gazetteer calls Eloy
Alfaro) is that town: ACLED's precision 1, the named town (CODEBOOK, Precision). Written as the
division ("Puli Khumri district") it stays precision 2. Sentences written for these tests."""
import pytest

import vigil


@pytest.mark.parametrize("text,country,want", [
    ("Gunmen shot dead a shopkeeper in Puli Khumri on Tuesday, police said.", "AF", "Puli Khumri"),
    ("Police fired tear gas at protesters in Joypurhat on Sunday.", "BD", "Joypurhat"),
    ("A man on a motorbike threw a grenade into a pharmacy in Durán late on Friday, wounding the owner.",
     "EC", "Durán"),
])
def test_a_division_written_bare_that_is_its_town_is_the_town(text, country, want):
    rec = vigil.extract_text(text, published="2025-03-12", country=country)
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert (ev.location.name, ev.location.geo_precision) == (want, 1)


def test_a_division_written_as_one_stays_the_division():
    rec = vigil.extract_text("Gunmen shot dead a shopkeeper in Puli Khumri district on Tuesday, police said.",
                             published="2025-03-12", country="AF")
    (ev,) = [e for e in rec.events if e.status == "reported"]
    assert ev.location.geo_precision == 2
