"""The day a report gives for what became of the dead ("the bodies were buried on Tuesday", "four of
the dead were identified on Saturday") dates the aftermath, not the killing: a second source's toll
told with it is a competing figure for the event already told (CODEBOOK, Fatalities: competing figures
go to the claim ledger), not a second event on the burial day. Reports written for these tests."""
import pytest
from _events_helpers import only_reported


# (country, published, the day of the event, its first telling, a second source's toll with the aftermath's day)
REPORTS = [
    ("NG", "2025-03-12", "2025-03-10",
     "On Monday, the air force said its jets had struck a militant camp near Dansadau, killing 31 fighters.",
     "Two community leaders in Dansadau disputed that account. They said nine people had been killed, including "
     "four herders, and that the bodies had been buried on Tuesday."),
    ("SO", "2024-06-14", "2024-06-08",
     "Gunmen attacked a bus on the road outside Baidoa on Saturday, killing seven passengers, police said.",
     "Relatives in Baidoa said seven people had died in the attack and that the victims had been buried on Sunday "
     "afternoon."),
    ("CD", "2025-04-20", "2025-04-16",
     "Militiamen raided the village of Kibati on Wednesday night and killed at least 12 people with machetes, "
     "a local official said.",
     "Residents of Kibati said 15 people had been killed and that the dead were buried in a mass grave on Friday."),
    ("SY", "2024-09-02", "2024-08-29",
     "An air strike hit a market in Sarmin on Thursday, killing eight civilians, rescuers said.",
     "The Syrian Observatory said ten people had been killed and that four of the dead had been identified on "
     "Saturday."),
]


@pytest.mark.parametrize("country,published,day,first,second", REPORTS)
def test_a_burial_day_is_no_second_event(country, published, day, first, second):
    assert only_reported(first + "\n\n" + second, published, country).date == day
