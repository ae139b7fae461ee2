"""A protest told first, then the force its demonstrators met in a paragraph of its own ("Police fired
tear gas to disperse the marchers"), is one protest met by intervention, not a peaceful one with the
force clause dropped (CODEBOOK 3: the sub-type is what happened to the demonstrators; merge.with_force).
What the protest is about is not what happened at it."""
import vigil


def reported(rec):
    return [(e.sub_event_type, e.location.name if e.location else None) for e in rec.events if e.status == "reported"]


def test_a_protest_takes_the_intervention_told_after_it():
    for text, country, place in [
        ("Thousands of teachers marched through central Nairobi on Tuesday to demand higher pay, carrying "
         "placards and singing.\n\nPolice fired tear gas to disperse the marchers near Parliament.", "KE", "Nairobi"),
        ("Several hundred students rallied outside the university in Dhaka on Sunday to demand the release of a "
         "detained classmate.\n\nPolice later charged the crowd with batons and arrested at least 12 students, "
         "witnesses said.", "BD", "Dhaka"),
        ("Hundreds of residents gathered in front of the town hall in Goma on Friday to demand better security, "
         "singing and waving banners.\n\nRiot police used water cannon to break up the rally after an hour.",
         "CD", "Goma"),
    ]:
        rec = vigil.extract_text(text, published="2024-05-12", country=country)
        assert reported(rec) == [("Protest with intervention", place)], reported(rec)
        (ev,) = [e for e in rec.events if e.status == "reported"]
        assert ev.actor2 is not None and ev.actor2.inter == 1, ev.actor2


def test_a_protest_about_force_elsewhere_stays_peaceful():
    rec = vigil.extract_text("Hundreds of people marched through Nairobi on Tuesday to protest against the police "
                             "killing of a teacher last week.\n\nThe march ended peacefully outside Parliament.",
                             published="2024-05-12", country="KE")
    assert reported(rec) == [("Peaceful protest", "Nairobi")], reported(rec)
