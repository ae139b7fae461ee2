from vigil.extract.events.merge import conservative, consolidate
from vigil.model import Claim, Event, Location, Quote, Span

SANTIAGO = Location("Santiago", 3871336, -33.45, -70.65, "Santiago Metropolitan", "CL", 1)
PROVIDENCIA = Location("Providencia", 3875139, -33.43, -70.61, "Santiago Metropolitan", "CL", 1)
VALPARAISO = Location("Valparaiso", 3868626, -33.04, -71.63, "Valparaiso", "CL", 1)


def ev(i, loc, sub="Peaceful protest", status="reported", date="2021-03-15", fat=None, claims=()):
    return Event(id=f"e{i}", event_type="Protests", sub_event_type=sub, plover={"type": "PROTEST"}, status=status,
                 date=date, location=loc, fatalities=fat, claim_ids=claims, evidence=(Span(i * 10, i * 10 + 5),))


def test_same_type_place_day_fold_into_first_with_links():
    events = [ev(1, SANTIAGO, claims=("c1",)), ev(2, SANTIAGO, claims=("c2",)), ev(3, PROVIDENCIA)]
    claims = [Claim(id="c2", kind="participants", value=40000, event_id="e2")]
    quotes = [Quote(id="q1", text="A pension, not charity", event_id="e2")]
    got, cls, qts = consolidate(events, claims, quotes)
    assert [e.id for e in got] == ["e1"]
    assert got[0].claim_ids == ("c1", "c2") and got[0].evidence == (Span(10, 15), Span(20, 25), Span(30, 35))
    assert cls[0].event_id == "e1" and qts[0].event_id == "e1"


def test_different_places_types_days_or_statuses_stay_apart():
    events = [ev(1, SANTIAGO), ev(2, VALPARAISO), ev(3, SANTIAGO, sub="Protest with intervention"),
              ev(4, SANTIAGO, date="2021-03-16"), ev(5, SANTIAGO, status="historical"), ev(6, None), ev(7, None)]
    got, _, _ = consolidate(events, [], [])
    assert [e.id for e in got] == ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]


def test_fatalities_most_conservative_positive():
    got, _, _ = consolidate([ev(1, SANTIAGO, fat=0), ev(2, SANTIAGO, fat=9), ev(3, SANTIAGO, fat=2)], [], [])
    assert got[0].fatalities == 2
    assert conservative([None, None]) is None and conservative([0, None]) == 0


IRAN = Location("Iran", 130758, 32.0, 53.0, None, "IR", 3)
LORESTAN = Location("Lorestan", 125605, 33.49, 48.36, "Lorestan", "IR", 3)


def test_country_only_comment_dropped_when_report_places_events_in_that_country():
    events = [ev(1, SANTIAGO), ev(2, IRAN, sub="Attack"), ev(3, LORESTAN), ev(4, IRAN, status="historical")]
    events.append(ev(5, Location("Chile", 3895114, -30.0, -71.0, None, "CL", 3), sub="Arrests"))
    claims = [Claim(id="c5", kind="arrested", value=3, event_id="e5"), Claim(id="c2", kind="killed", value=1, event_id="e2")]
    got, cls, _ = consolidate(events, claims, [])
    assert [e.id for e in got] == ["e1", "e3", "e4"]     # Lorestan (a province) places Iran's events
    assert cls[0].event_id is None and cls[1].event_id is None


def test_country_only_events_kept_when_nothing_is_placed_closer():
    iran = [ev(1, IRAN, sub="Attack"), ev(2, IRAN, sub="Arrests")]
    assert [e.id for e in consolidate(iran, [], [])[0]] == ["e1", "e2"]
