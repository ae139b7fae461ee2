"""CODEBOOK 3: whether there was a demonstration decides between a violent demonstration and mob violence.
A report's lead that tells a march or protest turning violent, and a body that then tells the same crowd's
stones or arson without the protest words, tell one violent demonstration (leads.fold_leads), not mob
violence outside any demonstration."""
import pytest

from _events_helpers import only_reported

REPORTS = [
    ("KISUMU - Hundreds of boda boda riders marched to the county offices yesterday to protest against a new "
     "parking fee and then turned on county askaris with stones.\n\n"
     "When the governor did not come out, the crowd began throwing stones at the askaris guarding the gate and "
     "overturned a county pickup. Police fired tear gas to disperse them.", "KE", "2024-05-08"),
    ("ENUGU - Traders who marched to the state secretariat on Tuesday to protest against the demolition of their "
     "market stalls ended up fighting police officers at the gate.\n\n"
     "Witnesses said the crowd hurled stones and bottles at the officers and set a patrol van on fire before "
     "reinforcements arrived.", "NG", "2024-05-08"),
    ("CHITTAGONG - Garment workers who had walked out to demand unpaid wages turned violent on Monday, witnesses "
     "said, after a rally outside their factory in Chittagong.\n\n"
     "The crowd smashed the windows of the factory office and threw bricks at police, who fired tear gas and "
     "rubber bullets.", "BD", "2024-05-08"),
]


@pytest.mark.parametrize("text,country,published", REPORTS)
def test_a_lead_demonstration_and_its_crowds_stones_are_one_violent_demonstration(text, country, published):
    ev = only_reported(text, published, country)
    assert ev.sub_event_type == "Violent demonstration"
