"""ACLED codes an actor by period (actors.yaml ``since``): the Taliban are a rebel group until they
took Kabul in August 2021 and the state after it; the RSF are state forces until their war with the
army began in April 2023 and a rebel group after it; Amhara's Fano militia is an identity militia until
its 2023 revolt. The codebook rules read the actor as of the report's date too, not only the event's
output: people detained by state forces are an arrest, people "detained" by a non-state group are an
abduction (CODEBOOK 7-8). The report's date is its own, else the --published option."""
import pytest

from _events_helpers import inters, only_reported

ARREST, ABDUCTION = "Arrests", "Abduction/forced disappearance"


@pytest.mark.parametrize("text,country,before,after", [
    ("Taliban fighters detained two women's rights activists in Herat on Saturday, relatives said.", "AF",
     "2019-06-10", "2024-06-10"),
    ("Taliban members detained a radio presenter at his home in Khost on Thursday, his employer said.", "AF",
     "2020-02-03", "2023-02-03"),
])
def test_a_group_that_became_the_state_arrests_after_it(text, country, before, after):
    ev = only_reported(text, before, country)
    assert (ev.sub_event_type, inters(ev)[0]) == (ABDUCTION, 2), (before, ev.sub_event_type, ev.actor1)
    ev = only_reported(text, after, country)
    assert (ev.sub_event_type, inters(ev)[0]) == (ARREST, 1), (after, ev.sub_event_type, ev.actor1)


@pytest.mark.parametrize("text,country,before,after", [
    ("RSF fighters detained four doctors at a clinic in Nyala on Tuesday, a medical union said.", "SD",
     "2019-06-10", "2024-06-10"),
    ("Rapid Support Forces troops arrested a local journalist in El Geneina on Wednesday, his family said.", "SD",
     "2021-09-01", "2023-09-01"),
])
def test_state_forces_that_turned_rebel_abduct_after_it(text, country, before, after):
    ev = only_reported(text, before, country)
    assert (ev.sub_event_type, inters(ev)[0]) == (ARREST, 1), (before, ev.sub_event_type, ev.actor1)
    ev = only_reported(text, after, country)
    assert (ev.sub_event_type, inters(ev)[0]) == (ABDUCTION, 2), (after, ev.sub_event_type, ev.actor1)


def test_a_militia_s_type_follows_the_report_date():
    text = "Fano fighters clashed with federal troops near Debre Markos on Friday, residents said."
    assert inters(only_reported(text, "2022-06-10", "ET")) == (4, 1)
    assert inters(only_reported(text, "2024-06-10", "ET")) == (3, 1)
