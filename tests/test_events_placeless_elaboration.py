"""A clause with no place of its own that goes on telling the placed event just before it (the
officers "exchanged fire for two hours before withdrawing", "the attackers shot dead nine people")
is that event, told again, even when its wording ranks it stronger (CODEBOOK: one event per type,
place and day); a clause that opens on a day of its own is the next event (elaboration._placeless_leads)."""
import vigil


def reported(rec):
    return [(e.sub_event_type, e.location.name if e.location else None) for e in rec.events if e.status == "reported"]


def test_a_placeless_clause_after_a_placed_event_is_no_second_event():
    for text, country, scene in [
        ("Gunmen attacked the police station in Mirebalais at dawn on Tuesday, residents said.\n\nThe officers on "
         "duty exchanged fire with the attackers for two hours before withdrawing towards Hinche, a police source "
         "said.", "HT", "Mirebalais"),
        ("Gunmen attacked a village near Bokkos on Tuesday night, police said.\n\nThe attackers shot dead nine "
         "people and burned about 40 houses, a local official said.", "NG", "Bokkos"),
    ]:
        rec = vigil.extract_text(text, published="2024-05-12", country=country)
        assert [p for _, p in reported(rec)] == [scene], reported(rec)


def test_a_placeless_clause_on_a_day_of_its_own_stands():
    rec = vigil.extract_text("Police fired tear gas at marchers in Harare on Monday.\n\nOn Wednesday, gunmen shot "
                             "dead two union leaders, their families said.", published="2024-05-12", country="ZW")
    assert len(reported(rec)) == 2, reported(rec)
