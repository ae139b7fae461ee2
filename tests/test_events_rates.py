"""A rate is a habit, not one happening (CODEBOOK 9, 'Status': code what the report says happened):
"militias kidnap several traders a month", "drones strike power stations twice a week" tell how
often, no event (status._rate, read by status._habitual). "A day after the attack" dates one
happening and stays reported."""
import functools

from _events_helpers import run as run_rules


@functools.lru_cache(maxsize=1)
def _model():
    from vigil.extract.events import learned
    return learned.load()


def places(text, names, country, published):
    evs, _, _ = run_rules(text, places=names, country=country, published=published, classifier=_model())
    return {e.location.name if e.location else None for e in evs if e.status == "reported"}


def test_kidnappings_a_month_on_a_road():
    text = ("Soldiers arrested a militia leader in Bunia on Monday, the army said.\n\n"
            "On the road to Mambasa, militias kidnap several traders a month.")
    assert places(text, ["Bunia", "Mambasa"], "CD", "2025-03-05") == {"Bunia"}


def test_abductions_a_week_for_ransom():
    text = ("Gunmen abducted 14 passengers near Funtua on Saturday, police said.\n\n"
            "Around Birnin Gwari, bandits abduct dozens of farmers a week for ransom.")
    assert places(text, ["Funtua", "Birnin Gwari"], "NG", "2024-03-12") == {"Funtua"}


def test_drone_strikes_twice_a_week():
    text = ("A missile hit a school in Kharkiv on Tuesday, officials said.\n\n"
            "In the Sumy region, drones strike power stations twice a week, local officials say.")
    assert places(text, ["Kharkiv", "Sumy"], "UA", "2025-01-15") == {"Kharkiv"}


def test_ambushes_twice_a_month():
    text = ("Soldiers killed four militants near Gao on Sunday, the army said.\n\n"
            "Near Kidal, armed men ambush supply convoys twice a month.")
    assert places(text, ["Gao", "Kidal"], "ML", "2024-10-08") == {"Gao"}


def test_a_day_after_an_attack_stays():
    text = "Troops killed 12 militants a day after the attack on the base near Gao, the army said."
    assert places(text, ["Gao"], "ML", "2024-10-08") == {"Gao"}
